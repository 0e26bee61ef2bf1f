import type { NodeSpec, TensorSpec } from '../../onnx/build-model.js';
import { tensorType } from '../../onnx/build-model.js';
import type { ValueInfo } from '../../onnx/model-proto.js';

/**
 * The common tail of every classifier graph: raw scores [N, 1] (binary: the log-odds of the second
 * class) or [N, k] (multiclass) become `probabilities` float [N, k] and `label` [N], the class
 * value (not its position): int64 for number classes, string for text ones, as scikit-learn
 * exporters emit them.
 */
export function classifierHead(scores: string, classes: (number | string)[]): { nodes: NodeSpec[]; initializers: (TensorSpec & { name: string })[]; outputs: ValueInfo[] } {
  const k = classes.length;
  const nodes: NodeSpec[] =
    k === 2
      ? [
          { opType: 'Sigmoid', inputs: [scores], outputs: ['positive_probability'] },
          { opType: 'Sub', inputs: ['one', 'positive_probability'], outputs: ['negative_probability'] },
          { opType: 'Concat', inputs: ['negative_probability', 'positive_probability'], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } },
        ]
      : [{ opType: 'Softmax', inputs: [scores], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } }];
  nodes.push(
    { opType: 'ArgMax', inputs: ['probabilities'], outputs: ['class_position'], attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } } },
    { opType: 'Gather', inputs: ['class_values', 'class_position'], outputs: ['label'], attributes: { axis: { type: 'int', value: 0 } } },
  );
  const text = classes.some((c) => typeof c === 'string');
  const classValues: TensorSpec & { name: string } = text
    ? { name: 'class_values', type: 'string', dims: [k], values: classes.map(String) }
    : { name: 'class_values', type: 'int64', dims: [k], values: classes as number[] };
  const initializers: (TensorSpec & { name: string })[] = [classValues];
  if (k === 2) initializers.push({ name: 'one', type: 'float32', dims: [1], values: [1] });
  return {
    nodes,
    initializers,
    outputs: [
      { name: 'label', type: tensorType(text ? 'string' : 'int64', ['N']) },
      { name: 'probabilities', type: tensorType('float32', ['N', k]) },
    ],
  };
}
