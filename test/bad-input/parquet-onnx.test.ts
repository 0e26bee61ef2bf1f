/** @jest-environment ./test/runtime/ort-environment.js */
// Thin Parquet and ONNX files: each is a UserError that says what is wrong, where, and how to fix
// it, never a crash or "a bug in mlci". Parquet: truncated, bad magic, a column of the wrong type,
// a nested column, no row groups. ONNX: truncated protobuf, no outputs, an opset onnxruntime does
// not support, data that does not fit a symbolic input shape, a model path that is a directory.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { loadTable } from '../../shared/data/load.js';
import { UserError } from '../../shared/errors.js';
import { evaluateModel, type EvaluateOptions } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger } from '../../shared/log.js';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixturePath } from '../gate/breast-cancer-result.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const dir = mkdtempSync(join(tmpdir(), 'mlci-thin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const parquetFixture = () => readFileSync(fixturePath('data-formats/breast_cancer_test.parquet'));
const csv = () => fixturePath('data/breast_cancer_test.csv');

/** the UserError `promise` rejects with, checked for its three parts */
async function userError(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  const e = err as UserError;
  expect(e.what.length).toBeGreaterThan(10);
  expect(e.where?.length).toBeGreaterThan(0);
  expect(e.fix?.length).toBeGreaterThan(10);
  expect(e.message).not.toMatch(/bug in mlci/);
  return e;
}

const write = (name: string, bytes: Uint8Array | ArrayBuffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, typeof bytes === 'string' || bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return path;
};

describe('Parquet', () => {
  it('a truncated file', async () => {
    const bytes = parquetFixture();
    const e = await userError(loadTable(write('truncated.parquet', bytes.subarray(0, Math.floor(bytes.length / 2)))));
    expect(e.what).toMatch(/truncated\.parquet is not a readable Parquet file/);
  });

  it('a file without the Parquet magic', async () => {
    const bytes = Buffer.from(parquetFixture());
    bytes.write('XXXX', bytes.length - 4, 'latin1');
    const e = await userError(loadTable(write('magic.parquet', bytes)));
    expect(e.what).toMatch(/magic\.parquet is not a readable Parquet file/);
  });

  it('a column of raw bytes is read as text, not a crash', async () => {
    const path = write('bytes.parquet', parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'DOUBLE' }, { name: 'blob', data: [new Uint8Array([0, 255]), new Uint8Array([65])], type: 'BYTE_ARRAY' }] }));
    const table = await loadTable(path);
    expect(table.columns.map((c) => [c.name, c.kind])).toEqual([['x', 'numeric'], ['blob', 'text']]);
  });

  it('a text column where the model takes numbers', async () => {
    const path = write('text-feature.parquet', parquetWriteBuffer({ columnData: [{ name: 'x1', data: ['1.5', 'abc'], type: 'STRING' }, { name: 'x2', data: [1, 2], type: 'DOUBLE' }, { name: 'x3', data: [1, 2], type: 'DOUBLE' }, { name: 'y', data: [1.0, 2.0], type: 'DOUBLE' }] }));
    const e = await userError(evaluateModel(options(await linearModel('three.onnx', ['N', 3]), path, 'y')));
    expect(e.message).toMatch(/x1/);
  });

  it('a nested column', async () => {
    const path = write('nested.parquet', parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'DOUBLE' }, { name: 'event', data: [{ a: 1 }, { a: 2 }], type: 'VARIANT' }] }));
    const e = await userError(loadTable(path));
    expect(e.what).toMatch(/column "event" of .*nested\.parquet is nested/);
  });

  it('a file with no row groups', async () => {
    const path = write('empty.parquet', parquetWriteBuffer({ columnData: [{ name: 'x', data: [], type: 'DOUBLE' }] }));
    const e = await userError(loadTable(path));
    expect(e.what).toMatch(/empty\.parquet has a schema but no rows of data/);
  });
});

/** y = x·w over an input of `shape` (the weights take 3 features) */
async function linearModel(name: string, shape: (string | number)[], extra: { opset?: number; outputs?: boolean } = {}): Promise<string> {
  return write(
    name,
    buildModel({
      producer: 'test',
      opsets: { '': extra.opset ?? 13 },
      inputs: [{ name: 'x', type: tensorType('float32', shape) }],
      outputs: extra.outputs === false ? [] : [{ name: 'variable', type: tensorType('float32', ['N', 1]) }],
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['variable'] }],
      initializers: [{ name: 'w', type: 'float32', dims: [3, 1], values: [0.5, -1, 2] }],
    }),
  );
}

const options = (model: string, data: string, target: string): EvaluateOptions => ({ model, data, target, task: 'regression', batchSize: 64, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger: silentLogger });

describe('ONNX', () => {
  it('a truncated protobuf', async () => {
    const bytes = readFileSync(fixturePath('models/breast_cancer_lr.onnx'));
    const e = await userError(evaluateModel(options(write('cut.onnx', bytes.subarray(0, Math.floor(bytes.length * 0.6))), csv(), 'target')));
    expect(e.message).toMatch(/cut\.onnx/);
  });

  it('a model with no outputs', async () => {
    const e = await userError(evaluateModel(options(await linearModel('no-outputs.onnx', ['N', 3], { outputs: false }), csv(), 'target')));
    expect(e.message).toMatch(/no-outputs\.onnx/);
    expect(e.message).toMatch(/output/);
  });

  it('an opset onnxruntime does not support', async () => {
    const e = await userError(evaluateModel(options(await linearModel('opset99.onnx', ['N', 3], { opset: 99 }), csv(), 'target')));
    expect(e.message).toMatch(/opset99\.onnx/);
    expect(e.message).toMatch(/opset/i);
  });

  it('data that does not fit a symbolic input shape', async () => {
    // the input says [N, F]; the weights inside take 3 features, the data has 30
    const e = await userError(evaluateModel(options(await linearModel('symbolic.onnx', ['N', 'F']), csv(), 'target')));
    expect(e.message).toMatch(/symbolic\.onnx/);
    expect(e.message).toMatch(/fed "x" \[64, 30\] \(declared \[N, F\]\)/);
    expect(e.fix).toMatch(/different number of feature columns/);
  });

  it('a model path that is a directory', async () => {
    const folder = join(dir, 'model.onnx');
    mkdirSync(folder, { recursive: true });
    const e = await userError(evaluateModel(options(folder, csv(), 'target')));
    expect(e.what).toMatch(/is a directory/);
  });
});
