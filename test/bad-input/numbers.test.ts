/** @jest-environment ./test/runtime/ort-environment.js */
// One number grammar for every reader and step: the CSV reader's byte parser, the text parser that
// validate-data's statistics and rules use, JSON Lines; and one answer for values a model cannot
// take (beyond float64, beyond float32 for a float32 input, infinite): refused at their cell.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDecimal, parseDecimalText } from '../../shared/data/decimal.js';
import { UserError } from '../../shared/errors.js';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { parseNumber } from '../../shared/validate/stats/parse-number.js';
import { fixtureData, fixtureModel } from '../model/fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-numbers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CELLS = ['0x10', '0X1f', '0b1', '0o7', '1_000', 'inf', '-inf', 'nan', 'NaN', 'infinity', ' ', '', '+', '.', 'e5', '1e', '1e400', '-1e400', '1e39', 'Infinity', '-Infinity', '+Infinity', '1.5', ' 2e3 ', '\t-3\t', '.5', '5.', '-0', '00012', '1e-400', '\n7', '7\n', '１２'];

describe('one number grammar', () => {
  it.each(CELLS)('%j reads the same in the CSV reader and in validate-data', (cell) => {
    const bytes = Buffer.from(cell, 'utf8');
    const csv = parseDecimal(bytes, 0, bytes.length);
    const text = parseDecimalText(cell);
    expect(Number.isNaN(csv) ? undefined : csv).toBe(text);
    expect(parseNumber(cell)).toBe(text);
  });

  it('hex, binary, octal, underscores and inf are not numbers anywhere', () => {
    for (const cell of ['0x10', '0b1', '0o7', '1_000', 'inf', 'nan']) expect(parseNumber(cell)).toBeUndefined();
  });
});

/** iris_test with row 4 (line 5) of petal_length replaced by `cell` */
function withCell(ext: 'csv' | 'jsonl', cell: string, jsonValue?: unknown): string {
  const [header, ...lines] = readFileSync(fixtureData('iris_test.csv'), 'utf8').trim().split('\n');
  const rows = lines.map((l) => l.split(','));
  const names = header!.split(',');
  const path = join(work, `cell-${Buffer.from(cell).toString('hex')}.${ext}`);
  if (ext === 'csv') {
    rows[3]![2] = cell;
    writeFileSync(path, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
  } else {
    const text = rows.map((r, i) => (i === 3 ? `{${names.map((n, c) => `"${n}": ${c === 2 ? cell : r[c]}`).join(', ')}}` : JSON.stringify(Object.fromEntries(names.map((n, c) => [n, Number(r[c])])))));
    void jsonValue;
    writeFileSync(path, text.join('\n') + '\n');
  }
  return path;
}

describe('values a model cannot take are refused at their cell', () => {
  it.each([
    ['csv', '1e400', /beyond/],
    ['csv', '-1e400', /beyond/],
    ['csv', 'Infinity', /infinite|beyond/],
    ['csv', '-Infinity', /infinite|beyond/],
    ['csv', '1e39', /float32/],
    ['jsonl', '1e400', /beyond/],
    ['jsonl', '1e39', /float32/],
  ] as const)('%s cell %s', async (ext, cell, why) => {
    const data = withCell(ext, cell);
    const err = await evaluateModel({ model: fixtureModel('iris_lr.onnx'), data, target: 'species', batchSize: 16, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/"petal_length"/);
    expect(err.message).toMatch(new RegExp(`${ext === 'csv' ? '\\.csv:5' : '\\.jsonl:4'}`));
    expect(err.message).toMatch(why);
  });

  it('inf is text, refused as text, in the same way as 0x10', async () => {
    for (const cell of ['inf', '0x10']) {
      const err = await evaluateModel({ model: fixtureModel('iris_lr.onnx'), data: withCell('csv', cell), target: 'species', batchSize: 16, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger }).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(new RegExp(`"petal_length" holds text \\("${cell}"`));
    }
  });
});
