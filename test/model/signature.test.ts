/** @jest-environment ./test/runtime/ort-environment.js */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import { readModelSignature } from '../../shared/model/signature.js';
import { inferTask } from '../../shared/model/task.js';
import { UserError } from '../../shared/errors.js';
import type { ModelSignature } from '../../shared/model/types.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';
import { fixtureModel } from './fixture-table.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const signatureOf = (name: string) => readModelSignature(readFileSync(fixtureModel(name)));

describe('readModelSignature on the fixtures', () => {
  test.each(['breast_cancer_lr.onnx', 'iris_lr.onnx', 'iris_lr_zipmap.onnx', 'diabetes_linreg.onnx'])('%s: tensors as onnxruntime reports them', async (name) => {
    const signature = signatureOf(name);
    const session = await ort.InferenceSession.create(fixtureModel(name));
    const tensors = (list: ModelSignature['inputs']) => list.filter((t) => !t.type.startsWith('sequence')).map(({ name, type, shape }) => ({ name, isTensor: true, type, shape }));
    expect(tensors(signature.inputs)).toEqual(session.inputMetadata);
    expect(tensors(signature.outputs)).toEqual(session.outputMetadata.filter((m) => m.isTensor));
    expect(signature.producer).toBe('fixtures');
  });

  test('iris: the LinearClassifier’s labels and both opsets', () => {
    expect(signatureOf('iris_lr.onnx')).toMatchObject({ classLabels: [0, 1, 2], opsets: { 'ai.onnx': 13, 'ai.onnx.ml': 1 } });
  });

  test('iris with ZipMap: the ZipMap output is a sequence of maps', () => {
    const signature = signatureOf('iris_lr_zipmap.onnx');
    expect(signature.outputs[1]).toEqual({ name: 'output_probability', type: 'sequence<map>', shape: [] });
    expect(signature.classLabels).toEqual([0, 1, 2]);
  });

  test('graph-only models declare no class labels', () => {
    expect(signatureOf('breast_cancer_lr.onnx').classLabels).toBeUndefined();
    expect(signatureOf('diabetes_linreg.onnx').opsets).toEqual({ 'ai.onnx': 13 });
  });
});

describe('class labels of ai.onnx.ml classifiers', () => {
  const classifier = (opType: string, attributes: Parameters<typeof buildModel>[0]['nodes'][0]['attributes']) =>
    readModelSignature(
      buildModel({
        producer: 'skl2onnx',
        producerVersion: '1.17',
        opsets: { '': 13, 'ai.onnx.ml': 3 },
        inputs: [{ name: 'X', type: tensorType('float32', [null, 2]) }],
        outputs: [{ name: 'label', type: tensorType('string', [null]) }, { name: 'probabilities', type: tensorType('float32', [null, 2]) }],
        nodes: [{ opType, domain: 'ai.onnx.ml', inputs: ['X'], outputs: ['label', 'probabilities'], attributes }],
      }),
    );

  test('TreeEnsembleClassifier with string labels', () => {
    const signature = classifier('TreeEnsembleClassifier', { classlabels_strings: { type: 'strings', value: ['no', 'yes'] } });
    expect(signature.classLabels).toEqual(['no', 'yes']);
    expect(signature.producer).toBe('skl2onnx 1.17');
    expect(signature.inputs[0]!.shape).toEqual([-1, 2]);
  });

  test('SVMClassifier with int labels', () => {
    expect(classifier('SVMClassifier', { classlabels_ints: { type: 'ints', value: [3, 7] } }).classLabels).toEqual([3, 7]);
  });
});

describe('inferTask', () => {
  test('from the fixtures’ outputs', () => {
    expect(inferTask(signatureOf('breast_cancer_lr.onnx'))).toBe('binary');
    expect(inferTask(signatureOf('iris_lr.onnx'))).toBe('multiclass');
    expect(inferTask(signatureOf('iris_lr_zipmap.onnx'))).toBe('multiclass');
    expect(inferTask(signatureOf('diabetes_linreg.onnx'))).toBe('regression');
  });

  const sig = (outputs: ModelSignature['outputs'], classLabels?: number[]): ModelSignature => ({
    inputs: [{ name: 'x', type: 'float32', shape: ['N', 3] }],
    outputs,
    opsets: {},
    ...(classLabels ? { classLabels } : {}),
  });

  test('a lone float output [N, 1] is a regressor; "predictions" too', () => {
    expect(inferTask(sig([{ name: 'y', type: 'float32', shape: ['N', 1] }]))).toBe('regression');
    expect(inferTask(sig([{ name: 'predictions', type: 'float64', shape: ['N'] }]))).toBe('regression');
  });

  test('a network’s "output" [N, 10] is not regression: the task input decides', () => {
    const network = sig([{ name: 'output', type: 'float32', shape: ['N', 10] }]);
    expect(() => inferTask(network)).toThrow(/cannot tell/);
    expect(inferTask(network, 'multiclass')).toBe('multiclass');
  });

  test('a binary model with one probability column', () => {
    expect(inferTask(sig([{ name: 'probability', type: 'float32', shape: ['N', 1] }]))).toBe('binary');
  });

  test('class count from class labels when the shape does not say', () => {
    expect(inferTask(sig([{ name: 'label', type: 'int64', shape: ['N'] }, { name: 'probabilities', type: 'float32', shape: ['N', 'C'] }], [0, 1, 2, 3]))).toBe('multiclass');
  });

  test('outputs it cannot read: a UserError suggesting the task input', () => {
    const unclear = sig([{ name: 'a', type: 'float32', shape: ['N', 4] }, { name: 'b', type: 'float32', shape: ['N', 4] }]);
    expect(() => inferTask(unclear)).toThrow(UserError);
    expect(() => inferTask(unclear)).toThrow(/cannot tell.*Set task to binary, multiclass or regression/s);
  });

  test('a task override that contradicts the outputs is an error; one that resolves them is used', () => {
    expect(() => inferTask(signatureOf('iris_lr.onnx'), 'binary')).toThrow(/3 columns.*Set task to multiclass/s);
    expect(() => inferTask(signatureOf('diabetes_linreg.onnx'), 'multiclass')).toThrow(/no probability output/);
    expect(inferTask(sig([{ name: 'logits', type: 'float32', shape: ['N', 4] }]), 'multiclass')).toBe('multiclass');
    // a network's one-column `output` is a binary classifier's score when the task says so
    expect(inferTask(sig([{ name: 'output', type: 'float32', shape: ['N', 1] }]))).toBe('regression');
    expect(inferTask(sig([{ name: 'output', type: 'float32', shape: ['N', 1] }]), 'binary')).toBe('binary');
    expect(inferTask(signatureOf('breast_cancer_lr.onnx'), 'binary')).toBe('binary');
  });
});
