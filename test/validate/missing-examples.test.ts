import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanData } from '../../shared/validate/scan-data.js';
import { parseDataSchema } from '../../shared/validate/schema/load-schema.js';

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
};

const schema = await parseDataSchema(['version: 1', 'columns:', ...Object.keys(MISSING).flatMap((name) => [`  ${name}:`, '    type: numeric', '    max_missing: 0', '    min: -1000', '    max: 1000']), ''].join('\n'), 'schema.yml');

async function scan(kernel: boolean) {
  const before = process.env.MLCI_STATS_KERNEL;
  if (!kernel) process.env.MLCI_STATS_KERNEL = 'js';
  try {
    return await scanData([file], { schema, batchRows: 100 });
  } finally {
    if (before === undefined) delete process.env.MLCI_STATS_KERNEL;
    else process.env.MLCI_STATS_KERNEL = before;
  }
}

const file = join(dir, 'missing.csv');

test("a numeric column's missing cells: the first five rows as examples, every one counted, with the kernel and without", async () => {
  const names = Object.keys(MISSING);
  const lines = [names.join(',')];
  for (let i = 0; i < ROWS; i++) lines.push(names.map((name) => (MISSING[name]!(i) ? '' : String((i % 37) / 4))).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
  const fast = await scan(true);
  const scalar = await scan(false);
  for (const name of names) {
    const rows = Array.from({ length: ROWS }, (_, i) => i).filter(MISSING[name]!);
    const result = fast.columnResults.find((r) => r.id === `column.${name}.missing`)!;
    expect({ name, failed: result.failed, examples: result.examples ?? [] }).toEqual({ name, failed: rows.length, examples: rows.slice(0, 5).map((i) => ({ file, line: i + 2, row: i + 1, value: '' })) });
  }
  expect(fast.columnResults).toEqual(scalar.columnResults);
});
