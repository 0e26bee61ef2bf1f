/** @jest-environment ./test/runtime/ort-environment.js */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StepHost } from '../../shared/steps/types.js';
import { trainModelStep } from '../../shared/train/step.js';
import { makeWorkspace, recordingLogger } from './helpers/workspace.js';
import { FolderDirectoryCache } from '../../shared/runtime/folder-cache.js';

/** A host as the CLI gives one: inputs with the declared defaults, outputs and summary kept. */
function host(dir: string, inputs: Record<string, string>) {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const value: StepHost = {
    input: (name) => inputs[name] ?? (trainModelStep.inputs as Record<string, { default?: string }>)[name]?.default ?? '',
    setOutput: (name, v) => void (outputs[name] = v),
    summary: async (md) => void summaries.push(md),
    logger: recordingLogger(),
    tempDir: join(dir, '.tmp'),
    toolCacheDir: join(dir, '.tools'),
    cache: new FolderDirectoryCache(join(dir, '.cache')),
    env: { PATH: process.env.PATH },
    onRunner: false,
  };
  return { value, outputs, summaries };
}

test('the train-model step trains with a built-in trainer, sets its outputs, and reports a cache hit the second time', async () => {
  const ws = makeWorkspace();
  try {
    const inputs = { trainer: 'builtin:linear-regression', data: join(ws.dir, 'data', 'train.csv'), target: 'target', 'working-directory': ws.dir, 'output-dir': join(ws.dir, 'out') };
    const first = host(ws.dir, inputs);
    expect(await trainModelStep.run(first.value)).toEqual({});
    expect(first.outputs['cache-hit']).toBe('false');
    expect(existsSync(first.outputs['model-file']!)).toBe(true);
    expect(first.outputs['metrics-file']).toBe(join(ws.dir, 'out', 'metrics.json'));
    expect(first.outputs['lineage-file']).toBe(join(ws.dir, 'out', 'lineage.json'));
    expect(first.summaries[0]).toContain('## Training');

    const second = host(ws.dir, inputs);
    await trainModelStep.run(second.value);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.summaries[0]).toMatch(/Training skipped: cache hit\.\*\* .* saving about/);
  } finally {
    ws.cleanup();
  }
});
