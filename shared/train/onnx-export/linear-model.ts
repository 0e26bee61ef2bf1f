import { buildModel, tensorType, type NodeSpec, type TensorSpec } from '../../onnx/build-model.js';
import type { ValueInfo } from '../../onnx/model-proto.js';
import type { LinearRegressionModel } from '../builtin/linear-regression.js';
import type { LogisticRegressionModel } from '../builtin/logistic-regression.js';
import type { Standardization } from '../builtin/standardize.js';
import { classifierHead } from './classifier-head.js';
import { metadataProps, PRODUCER, type TrainedModelMetadata } from './model-metadata.js';

/**
 * Standardization stays a visible Sub/Div in the graph rather than being folded into the weights:
 * folding subtracts large products in float32, which costs digits on features with big ranges.
 */
function standardizedScores(s: Standardization, coefficients: Float64Array, intercepts: ArrayLike<number>, outputs: number, scoresName: string) {
  const p = s.mean.length;
  const nodes: NodeSpec[] = [
    { opType: 'Sub', inputs: ['input', 'feature_mean'], outputs: ['centered'] },
    { opType: 'Div', inputs: ['centered', 'feature_scale'], outputs: ['standardized'] },
    { opType: 'MatMul', inputs: ['standardized', 'coefficients'], outputs: ['weighted'] },
    { opType: 'Add', inputs: ['weighted', 'intercepts'], outputs: [scoresName] },
  ];
  const initializers: (TensorSpec & { name: string })[] = [
    { name: 'feature_mean', type: 'float32', dims: [p], values: s.mean },
    { name: 'feature_scale', type: 'float32', dims: [p], values: s.scale },
    { name: 'coefficients', type: 'float32', dims: [p, outputs], values: coefficients },
    { name: 'intercepts', type: 'float32', dims: [outputs], values: intercepts },
  ];
  const input: ValueInfo = { name: 'input', type: tensorType('float32', ['N', p]) };
  return { nodes, initializers, input };
}

export function exportLogisticRegression(model: LogisticRegressionModel, meta: TrainedModelMetadata): Uint8Array {
  const scores = standardizedScores(model.standardization, model.coefficients, model.intercepts, model.scoreCount, 'scores');
  const head = classifierHead('scores', model.classes);
  return buildModel({
    producer: PRODUCER,
    name: 'logistic_regression',
    opsets: { '': 13 },
    inputs: [scores.input],
    outputs: head.outputs,
    nodes: [...scores.nodes, ...head.nodes],
    initializers: [...scores.initializers, ...head.initializers],
    metadata: metadataProps({ ...meta, classes: model.classes }),
  });
}

export function exportLinearRegression(model: LinearRegressionModel, meta: TrainedModelMetadata): Uint8Array {
  const scores = standardizedScores(model.standardization, model.coefficients, [model.intercept], 1, 'variable');
  return buildModel({
    producer: PRODUCER,
    name: 'linear_regression',
    opsets: { '': 13 },
    inputs: [scores.input],
    outputs: [{ name: 'variable', type: tensorType('float32', ['N', 1]) }],
    nodes: scores.nodes,
    initializers: scores.initializers,
    metadata: metadataProps(meta),
  });
}
