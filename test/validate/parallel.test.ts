import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { inferSchemaFile } from '../../shared/validate/infer-schema-file.js';
import { validateData } from '../../shared/validate/validate-data.js';

// The worker runs as a separate module: bundle it from the sources, as the build does for dist/.
const dir = mkdtempSync(join(tmpdir(), 'mlci-parallel-'));
const workerScript = join(dir, 'scan-worker.mjs');

beforeAll(async () => {
  await build({ entryPoints: ['shared/validate/scan-worker.ts'], outfile: workerScript, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
});

test('reading with two threads, each a share of the columns, gives the same files as one thread', async () => {
  const schema = join(dir, 'schema.yml');
  await inferSchemaFile({ files: ['test/fixtures/data/breast_cancer_train.csv'], output: schema, target: 'target', logger: silentLogger });
  const files = ['test/fixtures/data/breast_cancer_corrupt.csv', 'test/fixtures/data/breast_cancer_drifted.csv'];
  const common = { files, schema, reference: 'test/fixtures/data/breast_cancer_train.csv', logger: silentLogger, batchRows: 64 };
  const one = await validateData({ ...common, outputDir: join(dir, 'one') });
  const two = await validateData({ ...common, outputDir: join(dir, 'two'), workers: 2, workerScript });
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'two', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
  }
  expect(two.passed).toBe(false);
  expect(two.annotations).toEqual(one.annotations);
});
