/** @jest-environment ./test/runtime/ort-environment.js */
// Class scores that are not probabilities must not turn into confident metrics: rows that do not
// sum to 1 are refused by row, a missing feature is named by column and line (not blamed on the
// scores), and `scores: logits` on an output that already holds probabilities is warned about.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger, type Logger } from '../../shared/log.js';
import { buildModel, tensorType, type NodeSpec } from '../../shared/onnx/build-model.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureData, fixtureModel, tableFromCsvText } from '../model/fixture-table.js';
import { loadModel, predict } from '../../shared/model/session.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-scores-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** a linear layer over iris's 4 features to 3 scores, then `head`, output named `output` */
function network(name: string, output: string, head: NodeSpec): string {
  const path = join(work, name);
  const weights = Array.from({ length: 12 }, (_, i) => Math.sin(i + 1) * 1.5);
  writeFileSync(
    path,
    buildModel({
      producer: 'test',
      opsets: { '': 13 },
      inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
      outputs: [{ name: output, type: tensorType('float32', ['N', 3]) }],
      nodes: [{ opType: 'MatMul', inputs: ['input', 'w'], outputs: ['logits'] }, { ...head, outputs: [output] }],
      initializers: [{ name: 'w', type: 'float32', dims: [4, 3], values: weights }],
    }),
  );
  return path;
}

function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warning: (m: string) => void warnings.push(m), warnings };
}

const options = (model: string, data: string, over: Partial<EvaluateOptions> = {}): EvaluateOptions => ({ model, data, target: 'species', batchSize: 16, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger, ...over });

/** iris_test with row `row` (0-based) of column `column` emptied, as CSV or JSON Lines */
function withMissing(ext: 'csv' | 'jsonl', column: string, row: number, empty: 'blank' | 'null' | 'absent'): string {
  const [header, ...lines] = readFileSync(fixtureData('iris_test.csv'), 'utf8').trim().split('\n');
  const names = header!.split(',');
  const rows = lines.map((l) => l.split(','));
  const path = join(work, `missing-${column}-${row}-${empty}.${ext}`);
  if (ext === 'csv') {
    rows[row]![names.indexOf(column)] = '';
    writeFileSync(path, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
  } else {
    const objects = rows.map((r) => Object.fromEntries(names.map((n, i) => [n, Number(r[i])])) as Record<string, number | null>);
    if (empty === 'null') objects[row]![column] = null;
    else delete objects[row]![column];
    writeFileSync(path, objects.map((o) => JSON.stringify(o)).join('\n') + '\n');
  }
  return path;
}

describe('class scores that are not probabilities', () => {
  it('refuses rows that do not sum to 1, naming them and how many there are', async () => {
    const sigmoids = network('sigmoids.onnx', 'probabilities', { opType: 'Sigmoid', inputs: ['logits'], outputs: [] });
    const err = await evaluateModel(options(sigmoids, fixtureData('iris_test.csv'))).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/do not sum to 1/);
    expect(err.message).toMatch(/iris_test\.csv:2 \(sum [0-9.]+\)/);
    expect(err.message).toMatch(/and \d+ more rows/);
  });

  it('accepts a softmax output, and warns when scores: logits is set on an output named probabilities whose rows already sum to 1', async () => {
    const softmax = network('softmax.onnx', 'probabilities', { opType: 'Softmax', inputs: ['logits'], outputs: [], attributes: { axis: { type: 'int', value: 1 } } });
    const plain = recording();
    await evaluateModel(options(softmax, fixtureData('iris_test.csv'), { logger: plain }));
    expect(plain.warnings).toEqual([]);
    const logits = recording();
    await evaluateModel(options(softmax, fixtureData('iris_test.csv'), { scores: 'logits', logger: logits }));
    expect(logits.warnings.join('\n')).toMatch(/scores: logits.*"probabilities".*already sum to 1/s);
  });
});

describe('a missing feature value is named by column and line, not blamed on the scores', () => {
  it.each([
    ['an empty CSV cell', 'csv', 'blank', /"petal_length".*iris_test|"petal_length".*missing-petal_length-2-blank\.csv:4/s],
    ['a JSON Lines null', 'jsonl', 'null', /"petal_length".*missing-petal_length-2-null\.jsonl:3/s],
    ['a JSON Lines key left out', 'jsonl', 'absent', /"petal_length".*missing-petal_length-2-absent\.jsonl:3/s],
  ] as const)('%s', async (_what, ext, empty, message) => {
    const err = await evaluateModel(options(fixtureModel('iris_lr.onnx'), withMissing(ext, 'petal_length', 2, empty))).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/logits/);
  });
});

describe('a streamed file is checked batch by batch, each row named by its line in the file', () => {
  // batchSize 16: row 40 (0-based) is in the third batch, at line 42 of the CSV (the header is line 1)
  it('refuses a row that does not sum to 1 in a later batch, and only that row', async () => {
    // softmax, plus max(0, the row's largest feature − 100) in every column: a 150 cell breaks its row's sum
    const spiked = join(work, 'spiked.onnx');
    writeFileSync(
      spiked,
      buildModel({
        producer: 'test',
        opsets: { '': 13 },
        inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
        outputs: [{ name: 'probabilities', type: tensorType('float32', ['N', 3]) }],
        nodes: [
          { opType: 'MatMul', inputs: ['input', 'w'], outputs: ['logits'] },
          { opType: 'Softmax', inputs: ['logits'], outputs: ['softmax'], attributes: { axis: { type: 'int', value: 1 } } },
          { opType: 'ReduceMax', inputs: ['input'], outputs: ['largest'], attributes: { axes: { type: 'ints', value: [1] }, keepdims: { type: 'int', value: 1 } } },
          { opType: 'Sub', inputs: ['largest', 'hundred'], outputs: ['over'] },
          { opType: 'Relu', inputs: ['over'], outputs: ['spike'] },
          { opType: 'Add', inputs: ['softmax', 'spike'], outputs: ['probabilities'] },
        ],
        initializers: [
          { name: 'w', type: 'float32', dims: [4, 3], values: Array.from({ length: 12 }, (_, i) => Math.sin(i + 1) * 1.5) },
          { name: 'hundred', type: 'float32', dims: [1], values: [100] },
        ],
      }),
    );
    const [header, ...lines] = readFileSync(fixtureData('iris_test.csv'), 'utf8').trim().split('\n');
    const rows = lines.map((l) => l.split(','));
    rows[40]![0] = '150';
    const data = join(work, 'spiked-row-40.csv');
    writeFileSync(data, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');

    const err = await evaluateModel(options(spiked, data)).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/do not sum to 1/);
    expect(err.message).toMatch(/spiked-row-40\.csv:42 \(sum [0-9.]+\)/);
    expect(err.message).not.toMatch(/more rows/);
    // the same file without the spike evaluates: the other batches' rows were fine
    rows[40]![0] = lines[40]!.split(',')[0]!;
    writeFileSync(data, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
    await expect(evaluateModel(options(spiked, data))).resolves.toMatchObject({ data: { rows: 60 } });
  });

  it('names a missing feature in a later batch by its line', async () => {
    const err = await evaluateModel(options(fixtureModel('iris_lr.onnx'), withMissing('csv', 'petal_length', 40, 'blank'))).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/"petal_length".*missing-petal_length-40-blank\.csv:42/s);
    expect(err.message).not.toMatch(/logits/);
  });
  // A binary model as the usual exporters write it (P(class 0) = 1 − P(class 1) in float32, an
  // int64 label): evaluate-gate keeps its common rows in WebAssembly (binary-batch.ts) and must stop
  // at a broken row wherever it falls in the module's four-row steps, naming it by its line.
  describe('a binary model with a label output, kept compact', () => {
    /** sigmoid over a linear score, its complement, + max(0, the row's largest feature − 100) in both columns; label = argmax */
    function binaryModel(): string {
      const path = join(work, 'binary-spiked.onnx');
      writeFileSync(
        path,
        buildModel({
          producer: 'test',
          opsets: { '': 13 },
          inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
          outputs: [
            { name: 'label', type: tensorType('int64', ['N']) },
            { name: 'probabilities', type: tensorType('float32', ['N', 2]) },
          ],
          nodes: [
            { opType: 'MatMul', inputs: ['input', 'w'], outputs: ['score'] },
            { opType: 'Sigmoid', inputs: ['score'], outputs: ['positive'] },
            { opType: 'Sub', inputs: ['one', 'positive'], outputs: ['negative'] },
            { opType: 'Concat', inputs: ['negative', 'positive'], outputs: ['pair'], attributes: { axis: { type: 'int', value: 1 } } },
            { opType: 'ReduceMax', inputs: ['input'], outputs: ['largest'], attributes: { axes: { type: 'ints', value: [1] }, keepdims: { type: 'int', value: 1 } } },
            { opType: 'Sub', inputs: ['largest', 'hundred'], outputs: ['over'] },
            { opType: 'Relu', inputs: ['over'], outputs: ['spike'] },
            { opType: 'Add', inputs: ['pair', 'spike'], outputs: ['probabilities'] },
            { opType: 'ArgMax', inputs: ['probabilities'], outputs: ['label'], attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } } },
          ],
          initializers: [
            { name: 'w', type: 'float32', dims: [4, 1], values: [0.4, -0.9, 1.1, 0.8] },
            { name: 'one', type: 'float32', dims: [1], values: [1] },
            { name: 'hundred', type: 'float32', dims: [1], values: [100] },
          ],
        }),
      );
      return path;
    }

    /** iris_test's species as "is it virginica", row `row` (0-based) changed by `change` */
    function binaryIris(name: string, row: number, change: (cells: string[]) => void): string {
      const [header, ...lines] = readFileSync(fixtureData('iris_test.csv'), 'utf8').trim().split('\n');
      const rows = lines.map((l) => l.split(',')).map((r) => [...r.slice(0, -1), String(Number(r.at(-1) === '2'))]);
      if (row >= 0) change(rows[row]!);
      const path = join(work, name);
      writeFileSync(path, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
      return path;
    }

    it.each([0, 1, 2, 3, 13])('refuses the row that does not sum to 1 at place %i of the third batch, naming its line', async (place) => {
      const row = 32 + place;
      const data = binaryIris(`binary-spiked-${row}.csv`, row, (cells) => void (cells[0] = '150'));
      const err = await evaluateModel(options(binaryModel(), data, { task: 'binary' })).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(new RegExp(`binary-spiked-${row}\\.csv:${row + 2} \\(sum [0-9.]+\\)`));
      expect(err.message).not.toMatch(/more rows/);
    });

    // A binary model with one output column, P(class 1) alone: kept as it comes (compact, evaluate-gate)
    // or expanded to two columns (predict's default); either way a value outside [0, 1] is refused.
    it('refuses a single probability column with values outside [0, 1], naming the rows, compact and full alike', async () => {
      const weights = [0, 0, 0.5, -0.2];
      const path = join(work, 'binary-score.onnx');
      writeFileSync(
        path,
        buildModel({
          producer: 'test',
          opsets: { '': 13 },
          inputs: [{ name: 'input', type: tensorType('float32', ['N', 4]) }],
          outputs: [{ name: 'probability', type: tensorType('float32', ['N', 1]) }],
          nodes: [{ opType: 'MatMul', inputs: ['input', 'w'], outputs: ['probability'] }],
          initializers: [{ name: 'w', type: 'float32', dims: [4, 1], values: weights }],
        }),
      );
      const data = binaryIris('binary-score.csv', -1, () => undefined);
      const rows = readFileSync(data, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).map(Number));
      const scores = rows.map((r) => r.reduce((sum, v, i) => sum + v * weights[i]!, 0));
      // no score within rounding of a bound, so float32 and float64 agree on which rows are out
      expect(scores.every((v) => Math.abs(v) > 1e-3 && Math.abs(v - 1) > 1e-3)).toBe(true);
      const out = scores.flatMap((v, i) => (v < 0 || v > 1 ? [i] : []));
      expect(out.length).toBeGreaterThan(5);
      const expected = (bad: number[]) => new RegExp(`binary-score\\.csv:${bad[0]! + 2} \\(sum [0-9.]+\\).* and ${bad.length - 5} more rows`);
      // evaluate-gate streams batches of 16 rows here and stops at the first batch with bad rows: those are the ones counted
      const firstBatch = Math.floor(out[0]! / 16);
      const compact = await evaluateModel(options(path, data, { task: 'binary' })).catch((e) => e);
      expect(compact).toBeInstanceOf(UserError);
      expect(compact.message).toMatch(/does not hold probabilities/);
      expect(compact.message).toMatch(expected(out.filter((r) => Math.floor(r / 16) === firstBatch)));
      const full = await predict(await loadModel(path, { ort }), tableFromCsvText(readFileSync(data, 'utf8'), data), { target: 'species', task: 'binary' }).catch((e) => e);
      expect(full).toBeInstanceOf(UserError);
      expect(full.message).toMatch(expected(out));
    });

    it('names a missing feature by column and line', async () => {
      const data = binaryIris('binary-missing.csv', 45, (cells) => void (cells[2] = ''));
      const err = await evaluateModel(options(binaryModel(), data, { task: 'binary' })).catch((e) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(err.message).toMatch(/"petal_length".*binary-missing\.csv:47/s);
    });
  });
});
