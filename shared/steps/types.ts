import type { Logger } from '../log.js';

/** One input of a step: an action input on GitHub, a `--flag` in the CLI. */
export interface InputSpec {
  description: string;
  required?: boolean;
  /** takes several values (one per line); the CLI joins a repeated flag only for these */
  list?: boolean;
  /**
   * default as the action.yml declares it; the CLI applies the same default, except a workflow
   * expression such as `${{ github.token }}`, which only a runner can evaluate
   */
  default?: string;
}

/** The default a host applies itself when an input is empty: never an unevaluated expression. */
export function literalDefault(spec: Pick<InputSpec, 'default'> | undefined): string {
  const value = spec?.default ?? '';
  return value.includes('${{') ? '' : value;
}

export interface OutputSpec {
  description: string;
}

/**
 * A directory cache that survives between runs: @actions/cache on a runner, a folder under the
 * user's cache directory on a laptop. Used for onnxruntime-node's native binding and run caches.
 */
export interface DirectoryCache {
  /** restores `dir` from `key`; true on a hit */
  restore(key: string, dir: string): Promise<boolean>;
  save(key: string, dir: string): Promise<void>;
}

/**
 * Where steps leave output directories for later steps and jobs, by name: GitHub Actions
 * artifacts of the current run on a runner, a folder on a laptop. Both check every file against
 * the directory's manifest.json, on the way in and on the way out.
 */
export interface ArtifactStore {
  /** what the store is, for messages: "GitHub Actions artifact", "folder /path" */
  readonly kind: string;
  upload(name: string, dir: string): Promise<{ name: string; id?: number }>;
  /** fetches the artifact `name` into `dir` (verified); a UserError when there is none */
  download(name: string, dir: string): Promise<void>;
}

/** What a step gets from whoever runs it (a GitHub runner or the CLI). */
export interface StepHost<I extends string = string, O extends string = string> {
  /** the input's value with the declared default applied; '' when absent */
  input(name: I): string;
  setOutput(name: O, value: string): void;
  /** appends Markdown to the job summary (on a runner) or prints it (CLI) */
  summary(markdown: string): Promise<void>;
  logger: Logger;
  /** scratch space for this run */
  tempDir: string;
  /** where per-machine caches live (runner tool cache, or ~/.cache/mlci) */
  toolCacheDir: string;
  cache: DirectoryCache;
  /** environment the step may read (never the whole process env for secrets) */
  env: Readonly<Record<string, string | undefined>>;
  /** true on a GitHub runner */
  onRunner: boolean;
  /** named output directories shared between steps and jobs (`upload-artifact`, `artifact:` inputs) */
  artifacts?: ArtifactStore;
  /** the output directories this step's run claimed, released when it ends (set by runStep) */
  outputClaims?: Set<string>;
  /**
   * the process ends with this step (an action's, a single `mlci <step>`'s; not `mlci demo`, which
   * runs one step after another): the step may change what outlives it in the process, such as
   * lowering its helper threads' priority for good
   */
  ownsProcess?: boolean;
}

/** What a step reports back; the host turns a failure into a failed step (or exit code 1). */
export interface StepOutcome {
  /** set when the step failed on purpose (a failed gate): the message to fail with */
  failure?: string;
}

export interface StepDefinition<I extends string = string, O extends string = string> {
  name: string;
  description: string;
  inputs: Record<I, InputSpec>;
  outputs: Record<O, OutputSpec>;
  run(host: StepHost<I, O>): Promise<StepOutcome>;
}
