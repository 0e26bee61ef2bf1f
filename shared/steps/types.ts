import type { Logger } from '../log.js';

/** One input of a step: an action input on GitHub, a `--flag` in the CLI. */
export interface InputSpec {
  description: string;
  required?: boolean;
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
