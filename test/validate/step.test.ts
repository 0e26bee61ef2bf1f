import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createCliHost } from '../../cli/host.js';
import { validateDataStep } from '../../shared/validate/step.js';
import type { StepDefinition } from '../../shared/steps/types.js';
import { scanData } from '../../shared/validate/scan-data.js';

const step = validateDataStep as unknown as StepDefinition;
const dir = mkdtempSync(join(tmpdir(), 'mlci-step-'));

async function runStep(values: Record<string, string>) {
  const err = new PassThrough();
  const logs: string[] = [];
  err.on('data', (c: Buffer) => logs.push(c.toString()));
  const { host, outputs } = createCliHost(step, values, { out: new PassThrough(), err });
  const outcome = await step.run(host);
  return { outcome, outputs, logs: logs.join('') };
}

test('the step validates, writes its files and sets its outputs', async () => {
  const out = join(dir, 'ok');
  const { outcome, outputs } = await runStep({ data: 'test/fixtures/data/breast_cancer_test.csv', reference: 'test/fixtures/data/breast_cancer_train.csv', target: 'target', 'output-dir': out });
  expect(outcome.failure).toBeUndefined();
  expect(outputs.passed).toBe('true');
  for (const key of ['statistics-file', 'validation-file', 'report-file', 'manifest-file', 'schema-file']) expect(readFileSync(outputs[key]!, 'utf8').length).toBeGreaterThan(0);
  const manifest = JSON.parse(readFileSync(outputs['manifest-file']!, 'utf8'));
  expect(manifest.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(manifest.rows).toBe(171);
  expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).step).toBe('validate-data');
});

test('a failed rule fails the step, with annotations at the offending lines; fail-on-error: false reports only', async () => {
  const schema = join(dir, 'schema.yml');
  writeFileSync(schema, 'columns:\n  target:\n    type: categorical\n    allowed_values: [0, 1]\n');
  const failing = await runStep({ data: 'test/fixtures/data/breast_cancer_corrupt.csv', schema, 'output-dir': join(dir, 'fail') });
  expect(failing.outcome.failure).toMatch(/column.target.allowed_values/);
  expect(failing.outputs.passed).toBe('false');
  expect(failing.logs).toMatch(/breast_cancer_corrupt\.csv:15\]/);
  const lenient = await runStep({ data: 'test/fixtures/data/breast_cancer_corrupt.csv', schema, 'fail-on-error': 'false', 'output-dir': join(dir, 'lenient') });
  expect(lenient.outcome.failure).toBeUndefined();
  expect(lenient.outputs.passed).toBe('false');
});

test('matrix shards merge into the statistics of one run over all files', async () => {
  const files = ['test/fixtures/data/breast_cancer_train.csv', 'test/fixtures/data/breast_cancer_test.csv'];
  const shardStats: string[] = [];
  for (const [i, file] of files.entries()) {
    const { outputs } = await runStep({ data: file, 'output-dir': join(dir, `shard-${i}`) });
    shardStats.push(outputs['statistics-file']!);
  }
  const merged = await runStep({ merge: shardStats.join('\n'), reference: 'test/fixtures/data/breast_cancer_train.csv', 'output-dir': join(dir, 'merged') });
  expect(merged.outputs.passed).toBe('true');
  const stats = JSON.parse(readFileSync(merged.outputs['statistics-file']!, 'utf8'));
  const single = await runStep({ data: files.join(','), 'output-dir': join(dir, 'single') });
  const whole = JSON.parse(readFileSync(single.outputs['statistics-file']!, 'utf8'));
  expect(stats.rows).toBe(whole.rows);
  expect(stats.sample).toEqual(whole.sample);
  for (const [i, c] of stats.columns.entries()) {
    expect(c.distinctSketch).toEqual(whole.columns[i].distinctSketch);
    if (c.kind === 'numeric') {
      expect(c.numeric.sketch).toEqual(whole.columns[i].numeric.sketch);
      expect(c.numeric.mean).toBeCloseTo(whole.columns[i].numeric.mean, 10);
    } else expect(c.top).toEqual(whole.columns[i].top);
  }
  expect(readFileSync(merged.outputs['report-file']!, 'utf8')).toMatch(/0 of 31 columns drifted/);
});

test('JSON Lines and Parquet are validated like CSV, and globs expand', async () => {
  const { outputs } = await runStep({ data: 'test/fixtures/data-formats/breast_cancer_test.{jsonl,parquet}', 'output-dir': join(dir, 'formats') });
  const manifest = JSON.parse(readFileSync(outputs['manifest-file']!, 'utf8'));
  expect(manifest.files.map((f: { path: string; rows: number }) => [f.path, f.rows])).toEqual([
    ['test/fixtures/data-formats/breast_cancer_test.jsonl', 171],
    ['test/fixtures/data-formats/breast_cancer_test.parquet', 171],
  ]);
  const csv = (await scanData(['test/fixtures/data/breast_cancer_test.csv'])).profile.toJSON();
  const stats = JSON.parse(readFileSync(outputs['statistics-file']!, 'utf8'));
  expect(stats.rows).toBe(2 * csv.rows);
  expect(stats.columns[0].numeric.mean).toBeCloseTo(csv.columns[0]!.numeric!.mean!, 10);
});
