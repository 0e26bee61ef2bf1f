import { openSync, closeSync, readFileSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { streamTable } from '../../shared/data/load.js';
import { ParquetFooters } from '../../shared/data/parquet-footers.js';
import { inflatedSize, rowCapacityHint } from '../../shared/data/row-capacity.js';
import { FIXTURES, tempDir, userError } from './helpers.js';

const formats = join(FIXTURES, 'data-formats');
const csv = readFileSync(join(FIXTURES, 'data', 'breast_cancer_test.csv'), 'utf8');
const [header, ...rows] = csv.trim().split('\n');

describe('room for the rows of a file whose rows are not counted up front', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  test('a gzip CSV larger than the sample: at least its rows, at most half again more', async () => {
    // 40 copies of the test rows, about 4 MB of text: several times the 256 KB compressed sample
    const count = rows.length * 40;
    const path = dir.write('big.csv.gz', gzipSync(`${header}\n${`${rows.join('\n')}\n`.repeat(40)}`));
    const hint = (await rowCapacityHint(path))!;
    expect(hint).toBeGreaterThanOrEqual(count);
    expect(hint).toBeLessThanOrEqual(1.6 * count);
  });

  test('a gzip file the sample holds whole: its rows exactly, the CSV header not counted', async () => {
    expect(await rowCapacityHint(dir.write('small.csv.gz', gzipSync(csv)))).toBe(rows.length);
    const jsonl = rows.map((row) => JSON.stringify({ row })).join('\n') + '\n';
    expect(await rowCapacityHint(dir.write('small.jsonl.gz', gzipSync(jsonl)))).toBe(rows.length);
  });

  test("a Parquet file: its footer's row count", async () => {
    expect(await rowCapacityHint(join(formats, 'breast_cancer_test.parquet'))).toBe(rows.length);
  });

  test("a Parquet footer decoded for the hint is the stream's: the stream does not read it again", async () => {
    const bytes = readFileSync(join(formats, 'breast_cancer_test.parquet'));
    const path = dir.write('footer-once.parquet', bytes);
    const time = new Date('2026-01-02T03:04:05.000Z');
    utimesSync(path, time, time);
    const footers = new ParquetFooters();
    expect(await rowCapacityHint(path, footers)).toBe(rows.length);
    // the footer's bytes zeroed, the file's size and time as they were: only a footer decoded before can read it now
    const footerLength = bytes.readUInt32LE(bytes.length - 8);
    const fd = openSync(path, 'r+');
    try {
      writeSync(fd, Buffer.alloc(footerLength), 0, footerLength, bytes.length - 8 - footerLength);
    } finally {
      closeSync(fd);
    }
    utimesSync(path, time, time);
    let streamed = 0;
    const read = await streamTable(path, { parquetFooters: footers, onBatch: (batch) => void (streamed += batch.rowCount) });
    expect([read.rowCount, streamed]).toEqual([rows.length, rows.length]);
    // without that footer the file is unreadable: the stream above did not decode the footer itself
    expect((await userError(streamTable(path, { onBatch: () => undefined }))).what).toContain('is not a readable Parquet file');
    // a file changed since its footer was decoded (another time) is read afresh
    utimesSync(path, time, new Date(time.getTime() + 1000));
    expect((await userError(streamTable(path, { parquetFooters: footers, onBatch: () => undefined }))).what).toContain('is not a readable Parquet file');
  });

  test('a plain file, or a gzip file that does not inflate: no hint', async () => {
    expect(await rowCapacityHint(join(FIXTURES, 'data', 'breast_cancer_test.csv'))).toBeUndefined();
    const broken = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(4096, 7)]);
    expect(await rowCapacityHint(dir.write('broken.csv.gz', broken))).toBeUndefined();
  });

  test("the trailer's size (modulo 4 GiB) is taken when one of its turns lands near the sample's estimate", () => {
    const turn = 2 ** 32;
    const actual = 10e9;
    const trailer = actual % turn;
    // the sample's ratio said 8.5 or 11.5 GB: the trailer's third turn is 10 GB exactly
    expect(inflatedSize(8.5e9, trailer)).toBe(actual);
    expect(inflatedSize(11.5e9, trailer)).toBe(actual);
    // a trailer that lands nowhere near (a file of several gzip members records its last one's): the estimate
    expect(inflatedSize(3e9, 123)).toBe(3e9);
    expect(inflatedSize(6e5, 7e5)).toBe(7e5);
    expect(inflatedSize(5e5, 2e6)).toBe(5e5);
  });
});
