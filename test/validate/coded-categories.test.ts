import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanData } from '../../shared/validate/scan-data.js';
import { parseDataSchema } from '../../shared/validate/schema/load-schema.js';

// Categories are read as codes and counted per batch (see TextColumn.codes); these checks count the
// same cells here, one by one from the rows as written, and compare.
const dir = mkdtempSync(join(tmpdir(), 'mlci-coded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cities = ['Oslo', 'Lima', 'Kyiv'];
const cityAt = (i: number) => (i % 13 === 4 ? '' : i % 29 === 7 ? 'Atlantis' : cities[(i * i + i) % 3]!);
/** whole numbers 0-9, with missing cells, 4.5 (not whole), 12 (above the maximum); every other batch of 100 starts with "n/a" (text from its first row) */
const gradeAt = (i: number) => (i % 200 === 100 ? 'n/a' : i % 17 === 1 ? '' : i % 7 === 3 ? '4.5' : i % 11 === 2 ? '12' : String(i % 10));
const ROWS = 600;

const schema = await parseDataSchema(
  ['version: 1', 'columns:', '  city:', '    type: categorical', '    max_missing: 0.5', '    allowed_values: [Oslo, Lima, Kyiv]', '  grade:', '    type: integer', '    max_missing: 0.5', '    min: 0', '    max: 10', ''].join('\n'),
  'schema.yml',
);

test('coded categories give the counts, missing cells and rule failures counted cell by cell', async () => {
  const file = join(dir, 'coded.csv');
  const lines = ['city,grade'];
  for (let i = 0; i < ROWS; i++) lines.push(`${cityAt(i)},${gradeAt(i)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const scan = await scanData([file], { schema, batchRows: 100 });

  const rows = Array.from({ length: ROWS }, (_, i) => i);
  const example = (i: number, value: string) => ({ file, line: i + 2, row: i + 1, value });
  const result = (id: string) => scan.columnResults.find((r) => r.id === id)!;

  // the city column: value counts, missing cells and unknown categories
  const counts = new Map<string, number>();
  for (const i of rows) if (cityAt(i) !== '') counts.set(cityAt(i), (counts.get(cityAt(i)) ?? 0) + 1);
  const city = scan.profile.columns.get('city')!.toJSON();
  expect(city.missing).toBe(rows.filter((i) => cityAt(i) === '').length);
  expect(city.distinct).toBe(counts.size);
  expect(Object.fromEntries(city.categories!.counts)).toEqual(Object.fromEntries(counts));
  const unknown = rows.filter((i) => cityAt(i) === 'Atlantis');
  const allowed = result('column.city.allowed_values');
  expect(allowed.failed).toBe(unknown.length);
  expect(allowed.checked).toBe(ROWS - city.missing);
  expect(allowed.examples).toEqual(unknown.slice(0, 5).map((i) => example(i, 'Atlantis')));
  expect(result('column.city.missing').failed).toBe(city.missing);

  // the grade column: numbers in some batches, coded text in others
  const grades = rows.map(gradeAt);
  const present = rows.filter((i) => grades[i] !== '');
  const notWhole = present.filter((i) => grades[i] === 'n/a' || grades[i] === '4.5');
  const type = result('column.grade.type');
  expect(type.checked).toBe(present.length);
  expect(type.failed).toBe(notWhole.length);
  expect(type.examples).toEqual(notWhole.slice(0, 5).map((i) => example(i, grades[i]!)));
  const above = present.filter((i) => grades[i] === '12');
  const max = result('column.grade.max');
  expect(max.failed).toBe(above.length);
  expect(max.checked).toBe(present.filter((i) => grades[i] !== 'n/a').length);
  expect(max.examples).toEqual(above.slice(0, 5).map((i) => example(i, '12')));
  expect(result('column.grade.min').failed).toBe(0);
  const numbers = present.filter((i) => grades[i] !== 'n/a').map((i) => Number(grades[i]));
  const grade = scan.profile.columns.get('grade')!.toJSON();
  expect(grade.invalid).toBe(present.length - numbers.length);
  expect(grade.missing).toBe(ROWS - present.length);
  expect(grade.numeric!.n).toBe(numbers.length);
  expect(grade.numeric!.mean).toBeCloseTo(numbers.reduce((a, b) => a + b, 0) / numbers.length, 12);
  expect(grade.numeric!.max).toBe(12);
});

test('a category column with more values than the frequent-value counters keep gives what cell-by-cell counting gives', async () => {
  // skewed counts over ~2,500 values in batches of 1,000: the counters reduce, where order matters.
  // JSON Lines cells are not coded: the same values read from there are counted one by one.
  const valueAt = (i: number) => `v${Math.floor(((i * 7919) % 3001) ** 2 / 3601)}`;
  const csv = join(dir, 'many.csv');
  const jsonl = join(dir, 'many.jsonl');
  const rows = Array.from({ length: 5000 }, (_, i) => valueAt(i));
  writeFileSync(csv, `city,grade\n${rows.map((v) => `${v},1`).join('\n')}\n`);
  writeFileSync(jsonl, `${rows.map((v) => JSON.stringify({ city: v, grade: 1 })).join('\n')}\n`);
  const read = async (file: string) => (await scanData([file], { schema, batchRows: 1000, checkRules: false })).profile.columns.get('city')!.toJSON();
  const coded = await read(csv);
  const plain = await read(jsonl);
  expect(coded.categories!.error).toBeGreaterThan(0); // the counters did reduce
  expect(coded.categories).toEqual(plain.categories);
  expect(coded.distinctSketch).toBe(plain.distinctSketch);
  expect(coded.distinct).toBe(plain.distinct);
});
