// The row sample's per-batch code (DatasetProfile.placeSampleRows, RowSample.fillRows and
// replaceRows, SampledRows.copyColumnCells) is compiled by V8 once and kept: checked from V8's traces of
// a child that validates a file of several batches. The first batch fills the sample and runs its
// loops long enough to be optimised mid-loop; the later ones replace rows. One loop for both ways
// was thrown away at the first replacement, and a method made per batch (an object literal's) was
// compiled again and again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBundledChild } from '../support/bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-sample-optimised-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE_CODE = ['placeSampleRows', 'fillRows', 'replaceRows', 'placeRow', 'fillSlot', 'replaceTop', 'wants', 'copyColumnCells', 'copyOtherCells', 'copyNumbers', 'keepAtMost'];

/** the function a trace line names (`<JSFunction name (sfi = …)>`, or a SharedFunctionInfo) */
const functionOf = (line: string): string | undefined => /<(?:JSFunction|SharedFunctionInfo) ([^ >]+)/.exec(line)?.[1];

test("the row sample's code is optimised once and never thrown away over a file of many batches", async () => {
  const data = join(dir, 'rows.csv');
  // 8 batches of 16,384 rows: the first fills the 5,000-row sample, the others replace rows in it
  const rows = Array.from({ length: 8 * 16_384 }, (_, i) => `${i},${(i % 97) * 0.25},${-i / 8},c${i % 13},k${i % 5}`);
  writeFileSync(data, `a,b,c,d,e\n${rows.join('\n')}\n`);
  // with a schema, as a repository commits one: the file is read once (an inferred schema reads it
  // twice, and the second read's fresh sample meets code optimised for the first's)
  const schema = join(dir, 'schema.yml');
  writeFileSync(schema, ['version: 1', 'columns:', ...['a', 'b', 'c'].flatMap((c) => [`  ${c}:`, '    type: numeric']), ...['d', 'e'].flatMap((c) => [`  ${c}:`, '    type: categorical'])].join('\n') + '\n');
  const lines = await runBundledChild(
    dir,
    'validate',
    `
    import { validateData } from ${JSON.stringify(resolve('shared/validate/validate-data.ts'))};
    const logger = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };
    const result = await validateData({ files: [${JSON.stringify(data)}], schema: ${JSON.stringify(schema)}, outputDir: ${JSON.stringify(join(dir, 'out'))}, logger });
    console.log('rows ' + result.statistics.rows + ' sampled ' + result.statistics.sample.priorities.length);
    `,
    ['--trace-opt', '--trace-deopt'],
  );
  expect(lines).toContain(`rows ${8 * 16_384} sampled 5000`);
  const sampleLines = lines.filter((line) => SAMPLE_CODE.includes(functionOf(line) ?? ''));
  // the code was optimised, so the rest says something
  expect(sampleLines.filter((line) => line.startsWith('[completed compiling') || line.startsWith('[completed optimizing')).map(functionOf)).toContain('copyNumbers');
  // nothing of it thrown away: no deoptimisation, no code marked for it
  expect(sampleLines.filter((line) => line.startsWith('[bailout') || line.startsWith('[marking dependent code'))).toEqual([]);
  // copyColumnCells compiled once, not again for each batch's closure
  const copyColumnCellsCompiled = sampleLines.filter((line) => /^\[completed compiling/.test(line) && !line.includes(' OSR') && functionOf(line) === 'copyColumnCells');
  expect(copyColumnCellsCompiled.length).toBeLessThanOrEqual(1);
});
