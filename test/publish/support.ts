// Runs a step as a host would (inputs with their literal defaults, outputs, summary and log kept),
// for the publish-model tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FolderDirectoryCache } from '../../shared/runtime/folder-cache.js';
import { literalDefault, type StepDefinition, type StepHost } from '../../shared/steps/types.js';

export function runStep(step: StepDefinition, dir: string, inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const logs: string[] = [];
  const log = (m: string) => void logs.push(m);
  const host: StepHost = {
    input: (name) => inputs[name] ?? literalDefault(step.inputs[name]),
    setOutput: (name, v) => void (outputs[name] = v),
    summary: async (md) => void summaries.push(md),
    logger: { info: log, warning: log, error: log, debug() {}, group: (_t, b) => b() },
    tempDir: join(dir, '.tmp'),
    toolCacheDir: join(dir, '.tools'),
    cache: new FolderDirectoryCache(join(dir, '.cache')),
    env: { PATH: process.env.PATH, ...env },
    onRunner: false,
  };
  mkdirSync(host.tempDir, { recursive: true });
  return step.run(host).then((outcome) => ({ outcome, outputs, summaries, logs }));
}
