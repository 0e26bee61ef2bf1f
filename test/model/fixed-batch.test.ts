/** @jest-environment ./test/runtime/ort-environment.js */
// Models whose input fixes the batch dimension, as torch.onnx.export writes them without
// dynamic_axes: predict runs batches of exactly that size, pads a short last batch and cuts its
// outputs back, from plain columns and from a feature matrix alike; a run onnxruntime refuses for
// another reason is a UserError naming the model, the rows and the likely fix.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../shared/data/csv.js';
import { UserError } from '../../shared/errors.js';
import { declaredBatchSize } from '../../shared/model/fixed-batch.js';
import { featureMatrixRequest } from '../../shared/model/feeds.js';
import { loadModel, predict } from '../../shared/model/session.js';
import { buildModel, tensorType, type NodeSpec } from '../../shared/onnx/build-model.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const work = mkdtempSync(join(tmpdir(), 'mlci-fixed-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** y = x·[1, 10, 100] over an input [batch, 3], with `extra` nodes before the MatMul */
function model(name: string, batch: number | string, extra: NodeSpec[] = [], extraInits: Parameters<typeof buildModel>[0]['initializers'] = []): string {
  const path = join(work, name);
  const input = extra.length > 0 ? 'reshaped' : 'x';
  writeFileSync(
    path,
    buildModel({
      producer: 'test',
      opsets: { '': 13 },
      inputs: [{ name: 'x', type: tensorType('float32', [batch, 3]) }],
      outputs: [{ name: 'variable', type: tensorType('float32', [batch, 1]) }],
      nodes: [...extra, { opType: 'MatMul', inputs: [input, 'w'], outputs: ['variable'] }],
      initializers: [{ name: 'w', type: 'float32', dims: [3, 1], values: [1, 10, 100] }, ...(extraInits ?? [])],
    }),
  );
  return path;
}

const rows = Array.from({ length: 10 }, (_, i) => [i, i % 3, i % 2]);
const csv = join(work, 'ten.csv');
writeFileSync(csv, `a,b,c,y\n${rows.map((r) => `${r.join(',')},0`).join('\n')}\n`);
const expected = rows.map(([a, b, c]) => a! + 10 * b! + 100 * c!);

test.each([1, 4])('a model fixed at %i rows a batch: every row predicted, the last batch padded and cut back', async (batch) => {
  const loaded = await loadModel(model(`fixed${batch}.onnx`, batch), { ort });
  expect(declaredBatchSize(loaded.signature)).toBe(batch);
  for (const table of [await readCsv(csv), await readCsv(csv, { featureMatrix: featureMatrixRequest(loaded.signature, ['y'])! })]) {
    const { predictions, timing } = await predict(loaded, table, { target: 'y', batchSize: 65_536 });
    expect(Array.from(predictions.values!)).toEqual(expected);
    expect(timing).toMatchObject({ batchSize: batch, batches: Math.ceil(10 / batch), fixedBatchSize: batch });
  }
});

test('a free batch dimension is not fixed', async () => {
  const loaded = await loadModel(model('free.onnx', 'N'), { ort });
  expect(declaredBatchSize(loaded.signature)).toBeUndefined();
  const { timing } = await predict(loaded, await readCsv(csv), { target: 'y' });
  expect(timing.fixedBatchSize).toBeUndefined();
  expect(timing.batches).toBe(1);
});

test('a run onnxruntime refuses is a UserError with the model, the rows and a fix', async () => {
  // a Reshape to [2, 3] inside the graph: any batch but 2 rows fails at run time, not at load
  const reshaping = model('reshape.onnx', 'N', [{ opType: 'Reshape', inputs: ['x', 'two_rows'], outputs: ['reshaped'] }], [{ name: 'two_rows', type: 'int64', dims: [2], values: [2, 3] }]);
  const loaded = await loadModel(reshaping, { ort });
  const error = await predict(loaded, await readCsv(csv), { target: 'y' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(new RegExp(`onnxruntime could not run .*reshape.onnx on rows 1 to 10 of .*ten.csv: `));
  expect((error as UserError).fix).toMatch(/dynamic batch axis/);
});
