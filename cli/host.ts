import { mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { consoleLogger } from '../shared/log.js';
import { FolderArtifactStore } from '../shared/artifacts/folder-store.js';
import { FolderDirectoryCache } from '../shared/runtime/folder-cache.js';
import { literalDefault, type StepDefinition, type StepHost } from '../shared/steps/types.js';

function userCacheDir(env: NodeJS.ProcessEnv): string {
  return env.MLCI_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mlci');
}

export interface CliHostOptions {
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  /** print the report (the job summary on a runner) to `out` */
  printSummary?: boolean;
  verbose?: boolean;
}

/** The laptop's StepHost: flags for inputs, the terminal for logs and the report, folders for caches. */
export function createCliHost(step: StepDefinition, values: Record<string, string>, options: CliHostOptions = {}) {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const outputs: Record<string, string> = {};
  const cacheDir = userCacheDir(process.env);
  const host: StepHost = {
    input: (name) => values[name] ?? literalDefault(step.inputs[name]),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    async summary(markdown) {
      if (options.printSummary !== false) out.write(`${markdown}\n`);
    },
    // Logs go to stderr so that stdout carries only the report and outputs. MLCI_DEBUG=1 shows the
    // debug lines (which thread parses, each registry request …), as RUNNER_DEBUG=1 does on a runner.
    logger: consoleLogger(err, err, options.verbose ?? (process.env.MLCI_DEBUG === '1' || process.env.RUNNER_DEBUG === '1')),
    tempDir: mkdtempSync(join(tmpdir(), 'mlci-')),
    toolCacheDir: join(cacheDir, 'tools'),
    cache: new FolderDirectoryCache(join(cacheDir, 'runs')),
    env: process.env,
    onRunner: false,
    // a folder stands in for GitHub's artifacts, so upload-artifact and artifact: inputs work here too
    artifacts: new FolderArtifactStore(process.env.MLCI_ARTIFACT_DIR || resolve('mlci-artifacts')),
  };
  return { host, outputs };
}
