// Column caps for every format, like the CSV header's: a JSON Lines record or a Parquet schema
// wider than MAX_COLUMNS is refused with the file (and line) and the cap, before a builder (or a
// profile) is made per column, so a 200,000-key line or schema cannot exhaust memory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { MAX_COLUMNS } from '../../shared/data/csv-header.js';
import { loadTable } from '../../shared/data/load.js';
import { schemaElementCount } from '../../shared/data/parquet-width.js';
import { UserError } from '../../shared/errors.js';
import { fixturePath } from '../gate/breast-cancer-result.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-wide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const wideObject = (keys: number, prefix = 'k') => `{${Array.from({ length: keys }, (_, i) => `"${prefix}${i}":${i % 7}`).join(',')}}`;

describe('JSON Lines', () => {
  it('refuses a 200,000-key line at its line, naming the cap, with bounded memory', async () => {
    const path = join(dir, 'wide.jsonl');
    writeFileSync(path, `{"a":1}\n${wideObject(200_000)}\n`);
    const before = process.memoryUsage();
    const err = await loadTable(path).catch((e) => e);
    const after = process.memoryUsage();
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(`line 2 of ${path} has 200000 keys, more than the ${MAX_COLUMNS} columns`);
    expect(err.location).toEqual({ file: path, line: 2 });
    // a builder per key would take 200,000 × 8 KiB = 1.6 GB of arrays
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(256 * 2 ** 20);
  });

  it('refuses lines that together bring more distinct keys than the cap', async () => {
    const path = join(dir, 'growing.jsonl');
    const per = MAX_COLUMNS / 4 + 1;
    writeFileSync(path, [0, 1, 2, 3].map((n) => wideObject(per, `l${n}_`)).join('\n') + '\n');
    const err = await loadTable(path).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(new RegExp(`has ${MAX_COLUMNS + 1} distinct keys by line 4 .*more than the ${MAX_COLUMNS} columns`));
  });

  it('still reads a record of many keys under the cap', async () => {
    const path = join(dir, 'fine.jsonl');
    writeFileSync(path, `${wideObject(2000)}\n${wideObject(2000)}\n`);
    const table = await loadTable(path);
    expect(table.columns).toHaveLength(2000);
    expect(table.rowCount).toBe(2);
  });
});

describe('Parquet', () => {
  const withColumns = (n: number) => parquetWriteBuffer({ columnData: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, data: [1.5, 2.5], type: 'DOUBLE' as const })) });

  it('reads the column count from the footer the way a writer wrote it', () => {
    const file = readFileSync(fixturePath('data-formats/breast_cancer_test.parquet'));
    const length = file.readUInt32LE(file.length - 8);
    expect(schemaElementCount(file.subarray(file.length - 8 - length))).toBe(32);
  });

  it(`refuses a schema of ${MAX_COLUMNS + 1} columns, naming the file and the cap`, async () => {
    const path = join(dir, 'wide.parquet');
    writeFileSync(path, Buffer.from(withColumns(MAX_COLUMNS + 1)));
    const err = await loadTable(path).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(`${path} has ${MAX_COLUMNS + 1} columns in its schema, more than the ${MAX_COLUMNS} mlci reads from one file`);
  });

  it('refuses a 200,000-column schema before decoding the footer', async () => {
    // a footer that starts as every writer's does (version, then a list of 200,001 schema
    // elements) and holds nothing more: decoding it would fail, so the refusal came first
    const head = Buffer.from([0x15, 0x04, 0x19, 0xfc, ...[0xc1, 0x9a, 0x0c]]);
    const path = join(dir, 'very-wide.parquet');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length + 64);
    writeFileSync(path, Buffer.concat([Buffer.from('PAR1'), head, Buffer.alloc(64), length, Buffer.from('PAR1')]));
    const err = await loadTable(path).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain('has 200000 columns in its schema');
  });

  it('still reads a wide file under the cap', async () => {
    const path = join(dir, 'fine.parquet');
    writeFileSync(path, Buffer.from(withColumns(300)));
    const table = await loadTable(path);
    expect(table.columns).toHaveLength(300);
  });
});
