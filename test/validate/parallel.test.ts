import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CsvReadThreads } from '../../shared/data/csv-parallel.js';
import { isUserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { inferSchemaFile } from '../../shared/validate/infer-schema-file.js';
import { validateData } from '../../shared/validate/validate-data.js';
import { bundleForNode } from '../support/bundle.js';

// The worker runs as a separate module: bundle it from the sources, as the build does for dist/.
const dir = mkdtempSync(join(tmpdir(), 'mlci-parallel-'));
const workerScript = join(dir, 'scan-worker.mjs');

const readWorkerScript = join(dir, 'csv-read-worker.mjs');

beforeAll(async () => {
  await bundleForNode('shared/validate/scan-worker.ts', workerScript);
  await bundleForNode('shared/data/csv-read-worker.ts', readWorkerScript);
});

/**
 * `body`'s result, and how many reads the reading threads themselves gave (CsvReadThreads's private
 * consume): a read they were started for but could not take (other options than begin() had) falls
 * back to this thread, with the same outputs, and only this count tells the two apart.
 */
async function countingThreadReads<T>(body: () => Promise<T>): Promise<{ result: T; threadReads: number }> {
  const prototype = CsvReadThreads.prototype as unknown as { consume: (...args: unknown[]) => unknown };
  const consume = prototype.consume;
  let threadReads = 0;
  prototype.consume = function (this: unknown, ...args: unknown[]) {
    threadReads++;
    return consume.apply(this, args);
  };
  try {
    return { result: await body(), threadReads };
  } finally {
    prototype.consume = consume;
  }
}

test('reading with two workers, each a share of the rows, gives the same files as one', async () => {
  const schema = join(dir, 'schema.yml');
  await inferSchemaFile({ files: ['test/fixtures/data/breast_cancer_train.csv'], output: schema, target: 'target', logger: silentLogger });
  const files = ['test/fixtures/data/breast_cancer_corrupt.csv', 'test/fixtures/data/breast_cancer_drifted.csv'];
  const common = { files, schema, reference: 'test/fixtures/data/breast_cancer_train.csv', logger: silentLogger, batchRows: 64 };
  const one = await validateData({ ...common, outputDir: join(dir, 'one') });
  const two = await validateData({ ...common, outputDir: join(dir, 'two'), workers: 2, minShareBytes: 0, workerScript });
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'two', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
  }
  expect(two.passed).toBe(false);
  expect(two.annotations).toEqual(one.annotations);
});

test('a gzip file cannot be cut into shares: workers read gzip files whole, with the files one reading gives', async () => {
  const compressed = [join(dir, 'corrupt.csv.gz'), join(dir, 'corrupt-copy.csv.gz')];
  const plain = [join(dir, 'corrupt.csv'), join(dir, 'corrupt-copy.csv')];
  for (const [k, file] of compressed.entries()) {
    writeFileSync(file, gzipSync(readFileSync('test/fixtures/data/breast_cancer_corrupt.csv')));
    writeFileSync(plain[k]!, readFileSync('test/fixtures/data/breast_cancer_corrupt.csv'));
  }
  // two files, one share each: one worker each
  const common = { files: compressed, reference: 'test/fixtures/data/breast_cancer_train.csv', logger: silentLogger, batchRows: 64 };
  const one = await validateData({ ...common, outputDir: join(dir, 'gz-one') });
  const two = await validateData({ ...common, outputDir: join(dir, 'gz-two'), workers: 2, minShareBytes: 0, workerScript });
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'gz-two', name), 'utf8')).toBe(readFileSync(join(dir, 'gz-one', name), 'utf8'));
  }
  // and the figures are those of the uncompressed files
  await validateData({ ...common, files: plain, outputDir: join(dir, 'gz-plain') });
  const columns = (out: string) => JSON.parse(readFileSync(join(dir, out, 'statistics.json'), 'utf8')).columns;
  expect(columns('gz-two')).toEqual(columns('gz-plain'));
  expect(two.annotations).toEqual(one.annotations);
});

test('one share in all (a small file, or one gzip stream) is read in this process: no worker starts', async () => {
  const compressed = join(dir, 'single.csv.gz');
  writeFileSync(compressed, gzipSync(readFileSync('test/fixtures/data/breast_cancer_corrupt.csv')));
  // a worker script that does not exist: starting a worker would fail the run
  const missing = join(dir, 'no-such-worker.mjs');
  for (const [k, file] of [compressed, 'test/fixtures/data/breast_cancer_test.csv'].entries()) {
    const common = { files: [file], reference: 'test/fixtures/data/breast_cancer_train.csv', logger: silentLogger };
    await validateData({ ...common, outputDir: join(dir, `single-one-${k}`) });
    await validateData({ ...common, outputDir: join(dir, `single-two-${k}`), workers: 2, minShareBytes: 0, workerScript: missing });
    expect(readFileSync(join(dir, `single-two-${k}`, 'statistics.json'), 'utf8')).toBe(readFileSync(join(dir, `single-one-${k}`, 'statistics.json'), 'utf8'));
  }
});

/** rows with quoted line breaks, CRLF, blank lines, bad rows and bad values, for cutting into shares */
function awkwardCsv(rows: number): Buffer {
  const parts: Buffer[] = [Buffer.from('amount,city,note,extra\r\n')];
  const cities = ['Oslo', 'Lima', 'Kyiv', 'Quito', 'Accra'];
  for (let i = 0; i < rows; i++) {
    const amount = i % 53 === 7 ? '' : i % 97 === 5 ? 'n/a' : String(((i * 7919) % 1000) / 8 - 20);
    const city = i % 61 === 9 ? 'Atlantis' : cities[(i * i) % cities.length]!;
    const note = i % 5 === 0 ? `"line one\nline ""two"" of ${i}"` : i % 11 === 0 ? `"crlf\r\ninside ${i}"` : `plain ${i}`;
    const line = i % 89 === 3 ? `${amount},${city}` : `${amount},${city},${note},${i % 4}`;
    parts.push(Buffer.from(`${line}${i % 2 ? '\r\n' : '\n'}${i % 37 === 0 ? '\n' : ''}`));
    if (i === 150) parts.push(Buffer.from([0x31, 0x2c, 0x4f, 0xff, 0x2c, 0x78, 0x2c, 0x31, 0x0a])); // not UTF-8
  }
  return Buffer.concat(parts);
}

test('shares cut inside quoted line breaks, with bad rows, give the same files as one reading', async () => {
  const data = join(dir, 'awkward.csv');
  writeFileSync(data, awkwardCsv(700));
  const schema = join(dir, 'awkward.yml');
  writeFileSync(schema, ['version: 1', 'columns:', '  amount:', '    type: numeric', '    max_missing: 0.01', '    min: -10', '    max: 100', '  city:', '    type: categorical', '    allowed_values: [Oslo, Lima, Kyiv, Quito, Accra]', '  note:', '    type: text', 'dataset:', '  rows: { min: 1 }', ''].join('\n'));
  const common = { files: [data, 'test/fixtures/data/iris_test.csv'], schema, logger: silentLogger, batchRows: 16 };
  const one = await validateData({ ...common, outputDir: join(dir, 'awkward-one') });
  const three = await validateData({ ...common, outputDir: join(dir, 'awkward-three'), workers: 3, minShareBytes: 0, workerScript });
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'awkward-three', name), 'utf8')).toBe(readFileSync(join(dir, 'awkward-one', name), 'utf8'));
  }
  // the bad rows were seen, at the lines where they are
  expect(one.passed).toBe(false);
  const lines = (id: string) => one.rules.find((r) => r.id === id)?.examples?.map((e) => e.line);
  expect(lines('column.city.allowed_values')).toContain(lineOfRow(9));
  expect(three.annotations).toEqual(one.annotations);
});

test.each([
  ['a schema', true],
  ['a schema inferred (two scans: the first on the thread started ahead, the second on its own)', false],
])('parsing on a reading thread while this one profiles, with %s, gives the same files as one thread', async (_, withSchema) => {
  const data = join(dir, 'threaded.csv');
  writeFileSync(data, awkwardCsv(2000));
  const schema = join(dir, 'threaded.yml');
  writeFileSync(schema, ['version: 1', 'columns:', '  amount:', '    type: numeric', '    max_missing: 0.01', '    min: -10', '    max: 100', '  city:', '    type: categorical', '    allowed_values: [Oslo, Lima, Kyiv, Quito, Accra]', '  note:', '    type: text', ''].join('\n'));
  // a gzip file beside it: read on this thread (a stream cannot be handed to a thread by offsets)
  const gz = join(dir, 'threaded-corrupt.csv.gz');
  writeFileSync(gz, gzipSync(readFileSync('test/fixtures/data/breast_cancer_corrupt.csv')));
  const common = { files: [data, gz], ...(withSchema ? { schema } : {}), batchRows: 64 };
  const one = await validateData({ ...common, logger: silentLogger, outputDir: join(dir, 'threaded-one') });
  const said: string[] = [];
  const logger = { ...silentLogger, debug: (m: string) => void said.push(m) };
  const { result: threaded, threadReads } = await countingThreadReads(() => validateData({ ...common, logger, outputDir: join(dir, 'threaded-two'), readWorkerScript, minReadThreadBytes: 0 }));
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json', ...(withSchema ? [] : ['schema.inferred.yml'])]) {
    expect(readFileSync(join(dir, 'threaded-two', name), 'utf8')).toBe(readFileSync(join(dir, 'threaded-one', name), 'utf8'));
  }
  // a thread parsed the CSV file, once for each scan; the bad rows were seen, where they are
  expect(said.filter((m) => m === 'parsing on a worker thread')).toHaveLength(withSchema ? 1 : 2);
  expect(threadReads).toBe(withSchema ? 1 : 2);
  expect(one.passed).toBe(false);
  const wellFormed = (r: typeof one) => r.rules.filter((rule) => rule.id === 'dataset.well_formed_rows');
  expect(wellFormed(threaded)).toEqual(wellFormed(one));
  // the short rows every 89th row and the bytes that are not UTF-8, in the CSV file (not the gzip one)
  expect(wellFormed(one).find((r) => r.examples?.some((e) => e.file === data))?.failed).toBeGreaterThanOrEqual(20);
  expect(threaded.annotations).toEqual(one.annotations);
  expect(threaded.annotations.length).toBeGreaterThan(0);
});

test('the thread started ahead is closed once its scan has read the file: an inferred schema\'s second scan does not hold two threads', async () => {
  const data = join(dir, 'inferred-threads.csv');
  writeFileSync(data, awkwardCsv(1500));
  const events: string[] = [];
  const close = CsvReadThreads.prototype.close;
  CsvReadThreads.prototype.close = function (this: CsvReadThreads) {
    events.push('close');
    close.call(this);
  };
  try {
    const logger = { ...silentLogger, debug: (m: string) => void (m.startsWith('read ') && events.push('read')) };
    await validateData({ files: [data], logger, batchRows: 32, outputDir: join(dir, 'inferred-threads'), readWorkerScript, minReadThreadBytes: 0 });
  } finally {
    CsvReadThreads.prototype.close = close;
  }
  // the first scan (inferring the schema) reads on the thread started ahead, which is closed before
  // the second scan reads; that one starts its own thread and closes it when its read is done. (Kept
  // to the end, the first thread was closed after the second read.)
  expect(events).toEqual(['read', 'close', 'close', 'read']);
});

test('one CSV file with both a reading thread and worker processes at hand: the thread parses it, no process starts', async () => {
  const data = join(dir, 'one-file.csv');
  writeFileSync(data, awkwardCsv(1500));
  // a worker script that does not exist: starting a process would fail the run
  const missing = join(dir, 'no-such-worker.mjs');
  const said: string[] = [];
  const logger = { ...silentLogger, debug: (m: string) => void said.push(m) };
  await validateData({ files: [data], logger: silentLogger, batchRows: 32, outputDir: join(dir, 'one-file-one') });
  const { threadReads } = await countingThreadReads(() => validateData({ files: [data], logger, batchRows: 32, outputDir: join(dir, 'one-file-thread'), workers: 2, minShareBytes: 0, workerScript: missing, readWorkerScript, minReadThreadBytes: 0 }));
  expect(said).toContain('parsing on a worker thread');
  // both scans (the schema is inferred first) read on a thread
  expect(threadReads).toBe(2);
  for (const name of ['statistics.json', 'validation.json', 'report.md', 'data-manifest.json']) {
    expect(readFileSync(join(dir, 'one-file-thread', name), 'utf8')).toBe(readFileSync(join(dir, 'one-file-one', name), 'utf8'));
  }
});

test('the reading thread started before the schema is read stops when the schema turns out bad', async () => {
  const data = join(dir, 'bad-schema-threaded.csv');
  writeFileSync(data, awkwardCsv(800));
  const bad = join(dir, 'bad-threaded.yml');
  writeFileSync(bad, 'version: 1\ncolumns:\n  amount:\n    type: no-such-type\n');
  const threadsNow = () => readdirSync('/proc/self/task').length;
  const common = { files: [data], batchRows: 32, readWorkerScript, minReadThreadBytes: 0 };
  // a run first, so that the pools a run uses (libuv's, V8's) have their threads already; its own
  // reading thread ends after it returns (a worker's termination completes asynchronously), so the
  // count is taken once it has stopped changing
  await validateData({ ...common, logger: silentLogger, outputDir: join(dir, 'bad-threaded-warm') });
  let before = threadsNow();
  for (let k = 0; k < 50; k++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = threadsNow();
    if (now === before) break;
    before = now;
  }
  const said: string[] = [];
  const error = await validateData({ ...common, schema: bad, logger: { ...silentLogger, debug: (m: string) => void said.push(m) }, outputDir: join(dir, 'bad-threaded') }).catch((e: unknown) => e);
  expect(isUserError(error)).toBe(true);
  expect(said).toContain('parsing on a worker thread');
  // a thread's termination completes asynchronously
  for (let k = 0; k < 100 && threadsNow() > before; k++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(threadsNow()).toBeLessThanOrEqual(before);
});

/** the line data row `row` of awkwardCsv starts on, counted from the rows it writes */
function lineOfRow(row: number): number {
  let line = 2;
  for (let i = 0; i < row; i++) line += 1 + (i % 5 === 0 ? 1 : i % 11 === 0 ? 1 : 0) + (i % 37 === 0 ? 1 : 0) + (i === 150 ? 1 : 0);
  return line;
}

test('no more workers than the bytes give shares of minShareBytes: data smaller than two shares is read in this process', async () => {
  const data = join(dir, 'shares.csv');
  writeFileSync(data, awkwardCsv(700));
  const size = statSync(data).size;
  // a worker script that does not exist: a run fails exactly when it starts a worker
  const missing = join(dir, 'no-such-worker.mjs');
  const common = { files: [data], logger: silentLogger, batchRows: 16, workers: 2, workerScript: missing };
  const one = await validateData({ files: [data], logger: silentLogger, batchRows: 16, outputDir: join(dir, 'shares-one') });
  await validateData({ ...common, minShareBytes: size, outputDir: join(dir, 'shares-small') });
  expect(readFileSync(join(dir, 'shares-small', 'statistics.json'), 'utf8')).toBe(readFileSync(join(dir, 'shares-one', 'statistics.json'), 'utf8'));
  expect(one.rules.length).toBeGreaterThan(0);
  // half the file per share: two workers are worth starting, and the missing script is reached
  await expect(validateData({ ...common, minShareBytes: Math.floor(size / 2), outputDir: join(dir, 'shares-two') })).rejects.toThrow();
});
