import * as core from '@actions/core';
import { createRequire } from 'node:module';
test('esm deps load', async () => {
  expect(typeof core.getInput).toBe('function');
  const ort = createRequire(import.meta.url)('onnxruntime-node');
  const s = await ort.InferenceSession.create('../shared/fixtures/models/iris_lr.onnx');
  expect(s.inputNames).toEqual(['input']);
});
