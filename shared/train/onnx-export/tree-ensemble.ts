import { buildModel, tensorType, type AttributeSpec, type NodeSpec } from '../../onnx/build-model.js';
import type { GradientBoostedTreesModel } from '../builtin/gradient-boosted-trees.js';
import { classifierHead } from './classifier-head.js';
import { metadataProps, PRODUCER, type TrainedModelMetadata } from './model-metadata.js';

/**
 * Boosted trees as one ai.onnx.ml TreeEnsembleRegressor that sums the raw scores; classifiers add
 * the same Sigmoid/Softmax head as the linear models. (TreeEnsembleClassifier's binary mode picks
 * its label threshold from the signs of the leaf weights, which a plain head avoids.)
 * Missing values follow the branch training chose for them (nodes_missing_value_tracks_true).
 */
export function exportGradientBoostedTrees(model: GradientBoostedTreesModel, meta: TrainedModelMetadata): Uint8Array {
  const ints = (value: number[]): AttributeSpec => ({ type: 'ints', value });
  const floats = (value: number[]): AttributeSpec => ({ type: 'floats', value });
  const nodeTree: number[] = [];
  const nodeId: number[] = [];
  const nodeFeature: number[] = [];
  const nodeMode: string[] = [];
  const nodeValue: number[] = [];
  const nodeTrue: number[] = [];
  const nodeFalse: number[] = [];
  const nodeMissingTrue: number[] = [];
  const targetTree: number[] = [];
  const targetNode: number[] = [];
  const targetId: number[] = [];
  const targetWeight: number[] = [];
  model.trees.forEach(({ tree, output }, t) => {
    for (let node = 0; node < tree.nodeCount; node++) {
      const leaf = tree.left[node]! < 0;
      nodeTree.push(t);
      nodeId.push(node);
      nodeFeature.push(leaf ? 0 : tree.feature[node]!);
      nodeMode.push(leaf ? 'LEAF' : 'BRANCH_LEQ');
      nodeValue.push(leaf ? 0 : tree.threshold[node]!);
      nodeTrue.push(leaf ? 0 : tree.left[node]!);
      nodeFalse.push(leaf ? 0 : tree.right[node]!);
      nodeMissingTrue.push(leaf ? 0 : tree.missingLeft[node]!);
      if (leaf) {
        targetTree.push(t);
        targetNode.push(node);
        targetId.push(output);
        targetWeight.push(tree.value[node]!);
      }
    }
  });
  const regression = model.task === 'regression';
  const scores = regression ? 'variable' : 'scores';
  const ensemble: NodeSpec = {
    opType: 'TreeEnsembleRegressor',
    domain: 'ai.onnx.ml',
    inputs: ['input'],
    outputs: [scores],
    attributes: {
      n_targets: { type: 'int', value: model.outputCount },
      aggregate_function: { type: 'string', value: 'SUM' },
      post_transform: { type: 'string', value: 'NONE' },
      base_values: floats([...model.baseScores]),
      nodes_treeids: ints(nodeTree),
      nodes_nodeids: ints(nodeId),
      nodes_featureids: ints(nodeFeature),
      nodes_modes: { type: 'strings', value: nodeMode },
      nodes_values: floats(nodeValue),
      nodes_truenodeids: ints(nodeTrue),
      nodes_falsenodeids: ints(nodeFalse),
      nodes_missing_value_tracks_true: ints(nodeMissingTrue),
      target_treeids: ints(targetTree),
      target_nodeids: ints(targetNode),
      target_ids: ints(targetId),
      target_weights: floats(targetWeight),
    },
  };
  const input = { name: 'input', type: tensorType('float32', ['N', meta.featureNames.length]) };
  const common = { producer: PRODUCER, name: 'gradient_boosted_trees', opsets: { '': 13, 'ai.onnx.ml': 3 }, inputs: [input] };
  if (regression) {
    return buildModel({ ...common, outputs: [{ name: 'variable', type: tensorType('float32', ['N', 1]) }], nodes: [ensemble], metadata: metadataProps(meta) });
  }
  const head = classifierHead(scores, model.classes!);
  return buildModel({
    ...common,
    outputs: head.outputs,
    nodes: [ensemble, ...head.nodes],
    initializers: head.initializers,
    metadata: metadataProps({ ...meta, classes: model.classes }),
  });
}
