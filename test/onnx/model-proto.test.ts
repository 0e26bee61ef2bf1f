/** @jest-environment ./test/runtime/ort-environment.js */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { decodeModel, attributeOf, type OnnxType } from '../../shared/onnx/model-proto.js';
import { buildModel, tensorType } from '../../shared/onnx/build-model.js';
import { ProtoDecodeError } from '../../shared/onnx/wire.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (name: string) => new URL(`../fixtures/models/${name}`, import.meta.url).pathname;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('buildModel writes models onnxruntime runs', () => {
  test('MatMul + Add + Sigmoid gives sigmoid(x·w + b)', async () => {
    const w = [0.5, -1.25, 2];
    const b = 0.75;
    const bytes = buildModel({
      producer: 'mlci-test',
      opsets: { '': 13 },
      inputs: [{ name: 'x', type: tensorType('float32', ['N', 3]) }],
      outputs: [{ name: 'p', type: tensorType('float32', ['N', 1]) }],
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'w'], outputs: ['z0'] },
        { opType: 'Add', inputs: ['z0', 'b'], outputs: ['z'] },
        { opType: 'Sigmoid', inputs: ['z'], outputs: ['p'], name: 'sigmoid' },
      ],
      initializers: [
        { name: 'w', type: 'float32', dims: [3, 1], values: w },
        { name: 'b', type: 'float32', dims: [1], values: [b] },
      ],
    });
    const session = await ort.InferenceSession.create(bytes);
    const x = [1, 2, 3, -1, 0.5, 0];
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from(x), [2, 3]) });
    const p = out.p!.data as Float32Array;
    expect(out.p!.dims).toEqual([2, 1]);
    for (let row = 0; row < 2; row++) {
      const z = x[row * 3]! * w[0]! + x[row * 3 + 1]! * w[1]! + x[row * 3 + 2]! * w[2]! + b;
      expect(p[row]).toBeCloseTo(sigmoid(z), 6);
    }
  });

  test('int64 initializers, float64 inputs and int/ints attributes', async () => {
    // Reshape takes its target shape as an int64 tensor; Transpose takes `perm` as ints.
    const bytes = buildModel({
      producer: 'mlci-test',
      opsets: [{ domain: '', version: 13 }],
      inputs: [{ name: 'x', type: tensorType('float64', [6]) }],
      outputs: [{ name: 'y', type: tensorType('float64', [3, 2]) }, { name: 'i', type: tensorType('int64', [3]) }],
      nodes: [
        { opType: 'Reshape', inputs: ['x', 'shape'], outputs: ['m'] },
        { opType: 'Transpose', inputs: ['m'], outputs: ['y'], attributes: { perm: { type: 'ints', value: [1, 0] } } },
        { opType: 'ArgMax', inputs: ['y'], outputs: ['i'], attributes: { axis: { type: 'int', value: -1 }, keepdims: { type: 'int', value: 0 } } },
      ],
      initializers: [{ name: 'shape', type: 'int64', dims: [2], values: [2, -1] }],
    });
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ x: new ort.Tensor('float64', Float64Array.from([1, 2, 3, 4, 5, 6]), [6]) });
    expect(Array.from(out.y!.data as Float64Array)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(Array.from(out.i!.data as BigInt64Array, Number)).toEqual([1, 1, 1]);

    const decoded = decodeModel(bytes);
    expect(decoded.graph.initializers[0]).toMatchObject({ name: 'shape', dataType: 'int64', dims: [2] });
    expect(Array.from(new BigInt64Array(decoded.graph.initializers[0]!.rawData!.slice().buffer), Number)).toEqual([2, -1]);
    expect(attributeOf(decoded.graph.nodes[2]!, 'axis', 'int')).toBe(-1);
  });

  test('ai.onnx.ml LinearClassifier with float, floats, ints, string attributes and a ZipMap output', async () => {
    const coefficients = [1, -1, -1, 1, 0.5, 0.5];
    const bytes = buildModel({
      producer: 'mlci-test',
      producerVersion: '1.2',
      opsets: { '': 13, 'ai.onnx.ml': 1 },
      inputs: [{ name: 'x', type: tensorType('float32', ['N', 2]) }],
      outputs: [
        { name: 'label', type: tensorType('string', ['N']) },
        { name: 'zip', type: { kind: 'sequence', elemType: { kind: 'map', keyType: 'string', valueType: tensorType('float32') } } },
        { name: 'scaled', type: tensorType('float32', ['N', 3]) },
      ],
      nodes: [
        {
          opType: 'LinearClassifier',
          domain: 'ai.onnx.ml',
          inputs: ['x'],
          outputs: ['label', 'scores'],
          attributes: {
            classlabels_strings: { type: 'strings', value: ['cat', 'dog', 'eel'] },
            coefficients: { type: 'floats', value: coefficients },
            intercepts: { type: 'floats', value: [0, 0, 0] },
            multi_class: { type: 'int', value: 1 },
            post_transform: { type: 'string', value: 'SOFTMAX' },
          },
        },
        { opType: 'ZipMap', domain: 'ai.onnx.ml', inputs: ['scores'], outputs: ['zip'], attributes: { classlabels_strings: { type: 'strings', value: ['cat', 'dog', 'eel'] } } },
        { opType: 'Mul', inputs: ['scores', 'half'], outputs: ['scaled'] },
      ],
      initializers: [{ name: 'half', type: 'float32', dims: [], values: [0.5] }],
      metadata: { author: 'test' },
    });
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from([2, 0]), [1, 2]) }, ['label', 'scaled']);
    // scores = softmax([2, -2, 1])
    const e = [Math.exp(2), Math.exp(-2), Math.exp(1)];
    const sum = e[0]! + e[1]! + e[2]!;
    expect(out.label!.data).toEqual(['cat']);
    (out.scaled!.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo((0.5 * e[i]!) / sum, 6));

    const model = decodeModel(bytes);
    expect(model).toMatchObject({ irVersion: 8, producerName: 'mlci-test', producerVersion: '1.2', metadata: { author: 'test' } });
    expect(model.opsetImports).toEqual([{ domain: '', version: 13 }, { domain: 'ai.onnx.ml', version: 1 }]);
    const node = model.graph.nodes[0]!;
    expect(node).toMatchObject({ opType: 'LinearClassifier', domain: 'ai.onnx.ml', inputs: ['x'], outputs: ['label', 'scores'] });
    expect(attributeOf(node, 'classlabels_strings', 'strings')).toEqual(['cat', 'dog', 'eel']);
    expect(attributeOf(node, 'coefficients', 'floats')).toEqual(coefficients);
    expect(attributeOf(node, 'post_transform', 'string')).toBe('SOFTMAX');
    expect(attributeOf(node, 'multi_class', 'int')).toBe(1);
    expect(attributeOf(node, 'multi_class', 'float')).toBeUndefined();
    expect(model.graph.outputs[1]!.type).toEqual<OnnxType>({
      kind: 'sequence',
      elemType: { kind: 'map', keyType: 'string', valueType: { kind: 'tensor', elemType: 'float32' } },
    });
    expect(model.graph.initializers.map((t) => t.name)).toEqual(['half']);
  });

  test('a float attribute and a tensor attribute (Constant)', async () => {
    const bytes = buildModel({
      producer: 'mlci-test',
      opsets: { '': 13 },
      inputs: [{ name: 'x', type: tensorType('float32', [2]) }],
      outputs: [{ name: 'y', type: tensorType('float32', [2]) }],
      nodes: [
        { opType: 'Constant', inputs: [], outputs: ['c'], attributes: { value: { type: 'tensor', value: { type: 'float32', dims: [2], values: [10, 20] } } } },
        { opType: 'Add', inputs: ['x', 'c'], outputs: ['s'] },
        { opType: 'LeakyRelu', inputs: ['s'], outputs: ['y'], attributes: { alpha: { type: 'float', value: 0.25 } } },
      ],
    });
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from([-30, 1]), [2]) });
    expect(Array.from(out.y!.data as Float32Array)).toEqual([-5, 21]);
    const nodes = decodeModel(bytes).graph.nodes;
    expect(attributeOf(nodes[0]!, 'value', 'tensor')).toMatchObject({ dataType: 'float32', dims: [2] });
    expect(attributeOf(nodes[2]!, 'alpha', 'float')).toBe(0.25);
  });
});

describe('decodeModel on the fixtures agrees with onnxruntime', () => {
  test.each(['breast_cancer_lr.onnx', 'iris_lr.onnx', 'iris_lr_zipmap.onnx', 'diabetes_linreg.onnx'])('%s', async (name) => {
    const bytes = readFileSync(fixture(name));
    const model = decodeModel(bytes);
    const session = await ort.InferenceSession.create(bytes);
    const describe = (v: { name: string; type: OnnxType }) =>
      v.type.kind === 'tensor' ? { name: v.name, isTensor: true, type: v.type.elemType, shape: v.type.shape } : { name: v.name, isTensor: false };
    expect(model.graph.inputs.map(describe)).toEqual(session.inputMetadata);
    expect(model.graph.outputs.map(describe)).toEqual(session.outputMetadata);
    expect(model.producerName).toBe('fixtures');
  });

  test('iris_lr_zipmap declares the ZipMap and LinearClassifier labels', () => {
    const model = decodeModel(readFileSync(fixture('iris_lr_zipmap.onnx')));
    const [classifier, zipmap] = model.graph.nodes;
    expect(attributeOf(classifier!, 'classlabels_ints', 'ints')).toEqual([0, 1, 2]);
    expect(zipmap).toMatchObject({ opType: 'ZipMap', inputs: ['scores'], outputs: ['output_probability'] });
    expect(attributeOf(zipmap!, 'classlabels_int64s', 'ints')).toEqual([0, 1, 2]);
    expect(model.graph.outputs[1]!.type).toEqual({ kind: 'sequence', elemType: { kind: 'map', keyType: 'int64', valueType: { kind: 'tensor', elemType: 'float32' } } });
  });

  test('truncated.onnx fails to decode', () => {
    expect(() => decodeModel(readFileSync(fixture('truncated.onnx')))).toThrow(ProtoDecodeError);
  });
});
