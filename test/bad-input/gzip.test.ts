// gzip input that inflates without end: a zero bomb is refused with one clear error (and nothing
// left running to reject later), and a file that expands far beyond what text compresses to is
// stopped before it fills memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTable } from '../../shared/data/load.js';
import { UserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { validateData } from '../../shared/validate/validate-data.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-gzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(() => process.on('unhandledRejection', onRejection));
afterAll(() => process.off('unhandledRejection', onRejection));
const settle = () => new Promise((r) => setTimeout(r, 300));

test('a zero bomb is one clear error, with no unhandled rejection after it', async () => {
  const path = join(dir, 'zeros.csv.gz');
  writeFileSync(path, gzipSync(Buffer.alloc(64 * 1024 * 1024)));
  const err = await loadTable(path).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  await settle();
  expect(rejections).toEqual([]);
});

test('rows that inflate more than any real text does are stopped, naming the ratio', async () => {
  const path = join(dir, 'rows.csv.gz');
  const row = '0,0,0,0,0,0,0,0\n';
  writeFileSync(path, gzipSync(Buffer.from(`a,b,c,d,e,f,g,h\n${row.repeat(2_500_000)}`), { level: 9 }));
  const err = await loadTable(path).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(err.message).toMatch(/expands to more than \d+ times its size/);
  await settle();
  expect(rejections).toEqual([]);
});

test('validate-data on a zero bomb fails the file and leaves no unhandled rejection', async () => {
  const path = join(dir, 'zeros2.csv.gz');
  writeFileSync(path, gzipSync(Buffer.alloc(32 * 1024 * 1024)));
  const result = await validateData({ files: [path], schema: 'infer', outputDir: join(dir, 'out'), logger: silentLogger }).catch((e) => e);
  if (result instanceof Error) expect(result).toBeInstanceOf(UserError);
  else expect(result.passed).toBe(false);
  await settle();
  expect(rejections).toEqual([]);
});

test('a header of 200,000 columns is refused before any column is profiled', async () => {
  const path = join(dir, 'wide.csv');
  const names = Array.from({ length: 200_000 }, (_, i) => `c${i}`);
  writeFileSync(path, `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
  const err = await loadTable(path).catch((e) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(err.message).toMatch(/200000 columns.*more than the 20000/);
  const validated = await validateData({ files: [path], schema: 'infer', outputDir: join(dir, 'wide-out'), logger: silentLogger }).catch((e) => e);
  expect(validated instanceof Error ? validated.message : validated.rules.map((r: { message: string }) => r.message).join('\n')).toMatch(/more than the 20000/);
});
