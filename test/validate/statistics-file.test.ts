import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../../shared/fs/atomic.js';
import { jsonArray, jsonIndented, jsonNumber } from '../../shared/fs/json-text.js';
import { scanData } from '../../shared/validate/scan-data.js';
import { DatasetProfile } from '../../shared/validate/stats/dataset-profile.js';
import { RowSample, slotsByPriority, type SampleCell } from '../../shared/validate/stats/row-sample.js';
import { ColumnProfile } from '../../shared/validate/stats/column-profile.js';
import { FrequentValues } from '../../shared/validate/stats/frequent-values.js';

// validate-data writes statistics.json from the profile's parts (the row sample straight from its
// slots) instead of JSON.stringify over toFileJSON(): the text must be that one's, byte for byte.
// The file's row sample holds its all-number arrays as float64 (format version 2), which must read
// back to the same sample, as version 1's arrays still must.

const dir = mkdtempSync(join(tmpdir(), 'mlci-statistics-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON.stringify of the file's whole object, indented by 2, and a line feed */
const reference = (profile: DatasetProfile) => `${JSON.stringify(profile.toFileJSON(), null, 2)}\n`;
const written = (profile: DatasetProfile) => [...profile.toStatisticsFile().text].join('');

/** numbers JSON.stringify writes in every form: exponents both ways, the smallest and largest doubles, -0, integers past 2^53 */
const EDGE_NUMBERS = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789012345680000, 5e-324, -5e-324, 1.7976931348623157e308, 2 ** 53 + 2, 1 / 3, -2.5e-9, 1e300 * 10, -1e300 * 10, NaN];
const EDGE_TEXTS = ['plain', 'ünïcödé', '日本語', '🙂 emoji', 'quote " inside', 'back\\slash', 'tab\tand\nline', 'control \u0001\u001f', 'lone surrogate \ud800', '\u2028\u2029', '', ' spaced '];

describe('statistics.json written in pieces reads as JSON.stringify wrote it', () => {
  test.each(['breast_cancer_train.csv', 'breast_cancer_corrupt.csv', 'breast_cancer_drifted.csv', 'iris_train.csv', 'diabetes_test.csv'])('%s, and the json returned is toJSON()', async (name) => {
    const { profile } = await scanData([join('test/fixtures/data', name)], { batchRows: 37 });
    expect(profile.sample.size).toBeGreaterThan(0);
    expect(written(profile)).toBe(reference(profile));
    const file = profile.toStatisticsFile();
    expect(JSON.stringify(file.json, null, 2)).toBe(JSON.stringify(profile.toJSON(), null, 2));
    expect(file.json).toEqual(profile.toJSON());
    expect(Object.keys(file.json)).toEqual(Object.keys(profile.toJSON()));
    // a copy reads the same, and the sample can be replaced as a plain property could
    expect(structuredClone(file.json)).toEqual(profile.toJSON());
    const replaced = { capacity: 1, priorities: [0.5], columns: {} };
    file.json.sample = replaced;
    expect(file.json.sample).toBe(replaced);
  });

  test('edge numbers, missing cells, text with escapes, a column absent from one file, a numeric column that meets text', async () => {
    const header = ['x', 'label', 'mixed', 'empty'];
    const rows: string[] = [];
    EDGE_NUMBERS.forEach((v, i) => {
      const text = EDGE_TEXTS[i % EDGE_TEXTS.length]!;
      rows.push([Number.isNaN(v) ? '' : String(v), `"${text.replaceAll('"', '""')}"`, i === 5 ? 'word' : String(-i / 7), ''].join(','));
    });
    const a = join(dir, 'edges-a.csv');
    const b = join(dir, 'edges-b.csv');
    writeFileSync(a, `${header.join(',')}\n${rows.join('\n')}\n`);
    writeFileSync(b, `x,other\n-0,only here\n1e-300,"${EDGE_TEXTS.slice(1, 4).join(' ')}"\n`);
    const { profile } = await scanData([a, b], { batchRows: 5 });
    const json = profile.toJSON();
    expect(Object.keys(json.sample.columns).sort()).toEqual(['empty', 'label', 'mixed', 'other', 'x']);
    expect(written(profile)).toBe(reference(profile));
  });

  test('an empty data file: no rows, no sample', async () => {
    const file = join(dir, 'header-only.csv');
    writeFileSync(file, 'a,b\n');
    const { profile } = await scanData([file]);
    expect(profile.sample.size).toBe(0);
    expect(written(profile)).toBe(reference(profile));
  });
});

describe('a categorical column sorts its counts once for top and categories', () => {
  // top is read before the summary reduces to its capacity, categories after: both as FrequentValues gives them apart
  test.each([[300, false], [1500, true]])('%i distinct values (reduced when written: %s)', (distinct, reduced) => {
    const values = Array.from({ length: distinct }, (_, i) => `v${i}`);
    const cells: string[] = [];
    values.forEach((v, i) => {
      for (let k = 0; k < 1 + ((i * 7) % 13); k++) cells.push(v);
    });
    const profile = new ColumnProfile('c', 'categorical');
    const apart = new FrequentValues();
    profile.add({ kind: 'text', name: 'c', values: cells }, cells.length);
    for (const v of cells) apart.add(v);
    const expectedTop = apart.top().slice(0, 10);
    const expectedCategories = apart.toJSON();
    expect(expectedCategories.error > 0).toBe(reduced);
    const json = profile.toJSON();
    expect(json.top).toEqual(expectedTop);
    expect(json.categories).toEqual(expectedCategories);
  });
});

describe('the row sample as text, at any depth', () => {
  const sample = new RowSample(40);
  const names = ['n', 'text', 'sparse'];
  for (let i = 0; i < 60; i++) {
    const n = EDGE_NUMBERS[i % EDGE_NUMBERS.length]!;
    const cells: SampleCell[] = [n, i % 3 ? EDGE_TEXTS[i % EDGE_TEXTS.length]! : i % 2 ? 4.5 : null, i % 9 === 0 ? -i : null];
    sample.offer(((i * 37) % 61) / 61 + 1e-9 * i, i < 30 ? names : names.slice(0, 2), cells);
  }

  test.each([0, 1, 2, 3, 4, 5, 7])('depth %i', (depth) => {
    expect([...sample.jsonText(depth)].join('')).toBe(jsonIndented(sample.toFileJSON(), depth));
  });

  test('an empty sample', () => {
    const empty = new RowSample(10);
    for (const depth of [0, 1, 6]) expect([...empty.jsonText(depth)].join('')).toBe(jsonIndented(empty.toFileJSON(), depth));
  });
});

describe("the file's row sample (format version 2) reads back as the sample", () => {
  const sample = new RowSample(40);
  const names = ['n', 'text', 'sparse', 'numbersAsCells'];
  for (let i = 0; i < 60; i++) {
    const n = EDGE_NUMBERS[i % EDGE_NUMBERS.length]!;
    // numbersAsCells: a text once, in a row the sample lets go again, so that its store holds cells that are all numbers
    const cells: SampleCell[] = [n, i % 3 ? EDGE_TEXTS[i % EDGE_TEXTS.length]! : i % 2 ? 4.5 : null, i % 9 === 0 ? -i : null, i === 0 ? 'gone' : i % 4 ? i / 3 : null];
    sample.offer(i === 0 ? 0.999 : ((i * 37) % 61) / 61 + 1e-9 * i, i < 30 ? names : names.slice(0, 2), cells);
  }
  const file = JSON.parse([...sample.jsonText(0)].join(''));

  test('all-number columns and the priorities as float64, text columns as arrays', () => {
    expect(file.priorities).toEqual({ float64: expect.any(String) });
    expect(file.columns.n).toEqual({ float64: expect.any(String) });
    expect(file.columns.sparse).toEqual({ float64: expect.any(String) });
    expect(file.columns.numbersAsCells).toEqual({ float64: expect.any(String) });
    expect(Array.isArray(file.columns.text)).toBe(true);
  });

  test('every cell and priority comes back, -0, the extremes and missing cells included', () => {
    const back = RowSample.fromJSON(file);
    expect(back.toJSON()).toEqual(sample.toJSON());
    expect(Object.is(back.toJSON().columns.n!.find((v) => Object.is(v, -0)), -0)).toBe(true);
    expect([...back.jsonText(2)].join('')).toBe([...sample.jsonText(2)].join(''));
  });

  test('a version 1 file (arrays only) reads as before', async () => {
    const { profile } = await scanData([join('test/fixtures/data', 'breast_cancer_train.csv')], { batchRows: 37 });
    const v1 = JSON.parse(JSON.stringify({ ...profile.toJSON(), version: 1 }));
    expect(DatasetProfile.fromJSON(v1).toJSON()).toEqual(JSON.parse(JSON.stringify(profile.toJSON())));
    const v2 = JSON.parse(written(profile));
    expect(v2.version).toBe(2);
    expect(DatasetProfile.fromJSON(v2).toJSON()).toEqual(profile.toJSON());
  });

  test('damaged float64 text, a column of the wrong length or an unknown version: a clear error', () => {
    const base = JSON.parse(JSON.stringify({ format: 'mlci-statistics', version: 2, rows: 0, files: [], columns: [], sample: file }));
    const damaged = structuredClone(base);
    damaged.sample.columns.n = { float64: 'not base64!' };
    expect(() => DatasetProfile.fromJSON(damaged, 'ref.json')).toThrow(/ref.json has a damaged row sample: the row sample's column "n" is not base64 text/);
    const short = structuredClone(base);
    short.sample.columns.n = { float64: Buffer.alloc(16).toString('base64') };
    expect(() => DatasetProfile.fromJSON(short, 'ref.json')).toThrow(/column "n" holds 2 values for 40 rows/);
    const odd = structuredClone(base);
    odd.sample.priorities = { float64: Buffer.alloc(12).toString('base64') };
    expect(() => DatasetProfile.fromJSON(odd, 'ref.json')).toThrow(/priorities holds 12 bytes, not a whole number of 8-byte doubles/);
    expect(() => DatasetProfile.fromJSON({ ...base, version: 3 }, 'ref.json')).toThrow(/ref.json has statistics format version 3; this mlci reads versions 1 and 2/);
  });
});

test('the slots in priority order are those of the comparator sort, ties, ±0 and NaN included', () => {
  const bySort = (p: Float64Array, n: number) => Int32Array.from({ length: n }, (_, slot) => slot).sort((a, b) => p[a]! - p[b]!);
  const random = Float64Array.from({ length: 5000 }, (_, i) => ((i * 2654435761) % 4294967296) / 4294967296);
  const cases: Float64Array[] = [
    random,
    Float64Array.from(random, (v, i) => (i % 97 === 0 ? random[0]! : v)), // repeated priorities
    Float64Array.from([0.5, -0, 0.25, 0, 0.75]),
    Float64Array.from([0.5, -0, 0.25, 0.75]),
    Float64Array.from([0.5, NaN, 0.25, 0.75]),
    new Float64Array(0),
    Float64Array.from([0.3]),
  ];
  for (const p of cases) expect(slotsByPriority(p, p.length)).toEqual(bySort(p, p.length));
  // only the first `count` slots are in use
  expect(slotsByPriority(random, 100)).toEqual(bySort(random, 100));
});

describe('JSON text pieces', () => {
  test('numbers as JSON.stringify writes them', () => {
    for (const v of [...EDGE_NUMBERS, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 0.000001, 1e-6, 1.5e-6]) expect(jsonNumber(v)).toBe(JSON.stringify(v));
  });

  test('arrays of numbers, text and null at each depth, the gap past its 10-character limit included', () => {
    const arrays: (number | string | null)[][] = [[], [1], EDGE_NUMBERS, EDGE_TEXTS, [null, 'a', 2, null], [NaN, NaN]];
    for (const values of arrays) {
      for (const depth of [0, 1, 2, 3, 4, 5, 8]) expect(jsonArray(values, depth)).toBe(jsonIndented(values, depth));
    }
  });

  test('jsonIndented nests JSON.stringify text inside another value', () => {
    const inner = { a: [1, { b: 'x\ny' }], c: 'line\nbreak' };
    const outer = { level: { inner } };
    const text = JSON.stringify(outer, null, 2);
    expect(text).toContain(`"inner": ${jsonIndented(inner, 2)}`);
  });
});

describe('writeFileAtomicSync', () => {
  test('writes a text given in pieces (UTF-8), a string or bytes, leaving no temporary file', () => {
    const target = join(dir, 'out', 'pieces.txt');
    const pieces = ['a', 'ü🙂', '', 'x'.repeat(70_000), '\n'];
    writeFileAtomicSync(target, pieces);
    expect(readFileSync(target, 'utf8')).toBe(pieces.join(''));
    writeFileAtomicSync(target, 'replaced');
    expect(readFileSync(target, 'utf8')).toBe('replaced');
    writeFileAtomicSync(target, new Uint8Array([104, 105]));
    expect(readFileSync(target, 'utf8')).toBe('hi');
    expect(readdirSync(join(dir, 'out'))).toEqual(['pieces.txt']);
  });

  test('a failing source of pieces leaves the old file whole and no temporary file', () => {
    const target = join(dir, 'fail', 'kept.txt');
    writeFileAtomicSync(target, 'old');
    function* failing(): Generator<string> {
      yield 'new, half written';
      throw new Error('the source failed');
    }
    expect(() => writeFileAtomicSync(target, failing())).toThrow('the source failed');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(join(dir, 'fail'))).toEqual(['kept.txt']);
  });

  test('a path under a file fails with the system error and writes nothing', () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, '');
    expect(() => writeFileAtomicSync(join(blocker, 'x.json'), '{}')).toThrow(/ENOTDIR|EEXIST/);
    expect(existsSync(join(blocker, 'x.json'))).toBe(false);
  });
});
