import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanData } from '../../shared/validate/scan-data.js';
import { ColumnRules } from '../../shared/validate/rules/column-rules.js';
import { parseDataSchema } from '../../shared/validate/schema/load-schema.js';
import { columnKernel } from '../../shared/validate/stats/column-kernel.js';

// The missing-values rule's examples of a numeric column: the first rows with a missing cell, which
// the column kernel notes while it sums a batch (assembly/column-stats.ts) and the rule takes from
// it instead of looking for them. Compared with the rows as written, and with the JavaScript loops
// (MLCI_STATS_KERNEL=js, where the rule looks for them itself).
const dir = mkdtempSync(join(tmpdir(), 'mlci-missing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 1000;
/** per column, whether row i's cell is missing: none, one in a late batch, a few, many, one at a batch's first and last rows */
const MISSING: Record<string, (i: number) => boolean> = {
  none: () => false,
  late: (i) => i === 777,
  few: (i) => i === 3 || i === 150 || i === 151,
  many: (i) => i % 7 === 2,
  edges: (i) => i === 100 || i === 199 || i === 899,
  // a run across the boundary of the first two batches: two in the first, four in the second
  straddles: (i) => i >= 98 && i <= 103,
};
const BATCH_ROWS = 100;
/** the cells as the CSV below writes them, missing ones NaN */
const valueAt = (name: string, i: number) => (MISSING[name]!(i) ? NaN : (i % 37) / 4);

const schema = await parseDataSchema(['version: 1', 'columns:', ...Object.keys(MISSING).flatMap((name) => [`  ${name}:`, '    type: numeric', '    max_missing: 0', '    min: -1000', '    max: 1000']), ''].join('\n'), 'schema.yml');

async function scan(kernel: boolean) {
  const before = process.env.MLCI_STATS_KERNEL;
  if (!kernel) process.env.MLCI_STATS_KERNEL = 'js';
  try {
    return await scanData([file], { schema, batchRows: BATCH_ROWS });
  } finally {
    if (before === undefined) delete process.env.MLCI_STATS_KERNEL;
    else process.env.MLCI_STATS_KERNEL = before;
  }
}

const file = join(dir, 'missing.csv');
const lines = [Object.keys(MISSING).join(',')];
for (let i = 0; i < ROWS; i++) lines.push(Object.keys(MISSING).map((name) => (MISSING[name]!(i) ? '' : String(valueAt(name, i)))).join(','));
writeFileSync(file, `${lines.join('\n')}\n`);

test("a numeric column's missing cells: the first five rows as examples, every one counted, with the kernel and without", async () => {
  const names = Object.keys(MISSING);
  const fast = await scan(true);
  const scalar = await scan(false);
  for (const name of names) {
    const rows = Array.from({ length: ROWS }, (_, i) => i).filter(MISSING[name]!);
    const result = fast.columnResults.find((r) => r.id === `column.${name}.missing`)!;
    expect({ name, failed: result.failed, examples: result.examples ?? [] }).toEqual({ name, failed: rows.length, examples: rows.slice(0, 5).map((i) => ({ file, line: i + 2, row: i + 1, value: '' })) });
  }
  expect(fast.columnResults).toEqual(scalar.columnResults);
});

test("the kernel's first missing rows of each batch (ColumnKernel.firstNaNs) are exactly those a JavaScript count finds", () => {
  const kernel = columnKernel()!;
  expect(kernel).not.toBeNull();
  const answersForNone = new Set<Int32Array>();
  for (const name of Object.keys(MISSING)) {
    const firstRows: number[] = [];
    for (let start = 0; start < ROWS; start += BATCH_ROWS) {
      const values = Float64Array.from({ length: BATCH_ROWS }, (_, k) => valueAt(name, start + k));
      const expected = Array.from({ length: BATCH_ROWS }, (_, k) => k).filter((k) => values[k] !== values[k]);
      expect(kernel.load(values)).toBe(true);
      const missing = BATCH_ROWS - kernel.moments().n;
      const found = kernel.firstNaNs(missing);
      expect({ name, start, missing, rows: Array.from(found) }).toEqual({ name, start, missing: expected.length, rows: expected.slice(0, 5) });
      if (missing === 0) answersForNone.add(found);
      firstRows.push(...Array.from(found, (k) => start + k));
    }
    // batch by batch, the column's first five missing rows: across a batch boundary too
    expect({ name, rows: firstRows.slice(0, 5) }).toEqual({ name, rows: Array.from({ length: ROWS }, (_, i) => i).filter(MISSING[name]!).slice(0, 5) });
  }
  // a batch with nothing missing (most of them here) gets one shared empty answer, not an array of its own
  expect(answersForNone.size).toBe(1);
  expect([...answersForNone][0]).toHaveLength(0);
});

test("the scan hands each column's rule the kernel's first missing rows of every batch, so the rule need not look for them", async () => {
  // the examples alone cannot tell: a rule given no rows finds the same ones by reading the batch
  const addBatch = ColumnRules.prototype.addBatch;
  const given: Record<string, (number[] | undefined)[]> = {};
  ColumnRules.prototype.addBatch = function (this: ColumnRules, table, column, firstRow, summary) {
    (given[this.schema.name] ??= []).push(summary?.missingRows && Array.from(summary.missingRows, (r) => firstRow + r));
    addBatch.call(this, table, column, firstRow, summary);
  };
  try {
    await scan(true);
  } finally {
    ColumnRules.prototype.addBatch = addBatch;
  }
  for (const name of Object.keys(MISSING)) {
    const batches = Array.from({ length: ROWS / BATCH_ROWS }, (_, b) => Array.from({ length: BATCH_ROWS }, (_, k) => b * BATCH_ROWS + k).filter(MISSING[name]!).slice(0, 5));
    expect({ name, rows: given[name] }).toEqual({ name, rows: batches });
  }
});
