/** @jest-environment ./test/runtime/ort-environment.js */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { decodeModel } from '../../shared/onnx/model-proto.js';
import { exposeZipMapInputs } from '../../shared/model/zipmap.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureModel, fixtureTable } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;

function irisInput() {
  const table = fixtureTable('iris_test.csv');
  const features = table.columns.slice(0, 4).map((c) => c.values as Float64Array);
  const data = new Float32Array(table.rowCount * 4);
  for (let r = 0; r < table.rowCount; r++) for (let c = 0; c < 4; c++) data[r * 4 + c] = features[c]![r]!;
  return new ort.Tensor('float32', data, [table.rowCount, 4]);
}

test('the ZipMap input, exposed as an output, gives iris_lr.onnx’s probabilities', async () => {
  const bytes = readFileSync(fixtureModel('iris_lr_zipmap.onnx'));
  const { bytes: patched, replacements } = exposeZipMapInputs(bytes, decodeModel(bytes));
  expect(replacements).toEqual({ output_probability: 'scores' });
  expect(decodeModel(patched).graph.outputs.map((o) => o.name)).toEqual(['label', 'output_probability', 'scores']);

  const input = irisInput();
  const zipmapSession = await ort.InferenceSession.create(patched);
  expect(zipmapSession.outputNames).toContain('scores');
  const fromZipMap = await zipmapSession.run({ input }, ['scores', 'label']);
  const plain = await (await ort.InferenceSession.create(fixtureModel('iris_lr.onnx'))).run({ input });

  expect(fromZipMap.scores!.dims).toEqual([input.dims[0], 3]);
  expect(Array.from(fromZipMap.scores!.data as Float32Array)).toEqual(Array.from(plain.probabilities!.data as Float32Array));
  expect(fromZipMap.label!.data).toEqual(plain.label!.data);
});

test('a model without ZipMap is returned unchanged', () => {
  const bytes = readFileSync(fixtureModel('iris_lr.onnx'));
  const exposure = exposeZipMapInputs(bytes, decodeModel(bytes));
  expect(exposure.bytes).toBe(bytes);
  expect(exposure.replacements).toEqual({});
});
