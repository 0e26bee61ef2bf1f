/**
 * A model's signature read straight from the ONNX bytes: what it takes, what it gives, and which
 * classes it declares. Reading it needs no session, so `mlci` can explain a mismatch between a
 * model and a data file before onnxruntime is even loaded.
 */
import { attributeOf, decodeModel, type Dim, type OnnxModel, type OnnxNode, type OnnxType, type ValueInfo } from '../onnx/model-proto.js';
import type { ModelSignature, TensorSignature } from './types.js';

const ML_DOMAIN = 'ai.onnx.ml';
/** ai.onnx.ml classifiers, whose class labels are `classlabels_ints` or `classlabels_strings` */
const CLASSIFIERS = new Set(['LinearClassifier', 'TreeEnsembleClassifier', 'SVMClassifier']);

export function readModelSignature(bytes: Uint8Array): ModelSignature {
  return signatureOf(decodeModel(bytes));
}

export function signatureOf(model: OnnxModel): ModelSignature {
  const classLabels = declaredClassLabels(model.graph.nodes) ?? metadataClassLabels(model.metadata);
  const opsets: Record<string, number> = {};
  for (const { domain, version } of model.opsetImports) opsets[domain || 'ai.onnx'] = version;
  const signature: ModelSignature = {
    inputs: model.graph.inputs.filter((i) => !isInitializer(model, i.name)).map(tensorSignature),
    outputs: model.graph.outputs.map(tensorSignature),
    opsets,
  };
  if (classLabels) signature.classLabels = classLabels;
  const featureNames = metadataFeatureNames(model.metadata);
  if (featureNames) signature.featureNames = featureNames;
  if (model.producerName) signature.producer = model.producerVersion ? `${model.producerName} ${model.producerVersion}` : model.producerName;
  return signature;
}

/**
 * Graphs of plain operators (MatMul, Softmax, Gather) declare no classes in any attribute; mlci's
 * trainers record them in metadata_props (`mlci.classes`, a JSON array) instead.
 */
function metadataClassLabels(metadata: Record<string, string>): (number | string)[] | undefined {
  const raw = metadata['mlci.classes'];
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((c) => typeof c === 'number' || typeof c === 'string')) return parsed;
  } catch {
    // a malformed entry is ignored: the classes then default to 0..k-1
  }
  return undefined;
}

/** mlci's trainers record the feature columns they learned from, in their order. */
function metadataFeatureNames(metadata: Record<string, string>): string[] | undefined {
  const raw = metadata['mlci.feature_names'];
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((c) => typeof c === 'string') && new Set(parsed).size === parsed.length) return parsed;
  } catch {
    // a malformed entry is ignored: the data's column order is used, and the report says so
  }
  return undefined;
}

/**
 * Old exporters (IR < 4) list initializers among the graph inputs; they are weights, not
 * something the caller feeds.
 */
function isInitializer(model: OnnxModel, name: string): boolean {
  return model.graph.initializers.some((t) => t.name === name);
}

function tensorSignature(info: ValueInfo): TensorSignature {
  const { type } = info;
  if (type.kind === 'tensor') return { name: info.name, type: type.elemType, shape: (type.shape ?? []).map(dimension) };
  return { name: info.name, type: typeName(type), shape: [] };
}

/** a symbolic or unknown dimension is -1 unless it has a name */
function dimension(dim: Dim): number | string {
  return dim ?? -1;
}

/** 'sequence<map>' for ZipMap's output; the kind, nested, for other non-tensor types */
function typeName(type: OnnxType): string {
  switch (type.kind) {
    case 'sequence':
    case 'optional':
      return `${type.kind}<${type.elemType.kind}>`;
    default:
      return type.kind;
  }
}

/** ZipMap's labels win (they are what the user sees), then the classifier's. */
function declaredClassLabels(nodes: OnnxNode[]): (number | string)[] | undefined {
  const fromNodes = (ops: (node: OnnxNode) => boolean, intsName: string) => {
    for (const node of nodes) {
      if (node.domain !== ML_DOMAIN || !ops(node)) continue;
      const ints = attributeOf(node, intsName, 'ints');
      if (ints?.length) return ints;
      const strings = attributeOf(node, 'classlabels_strings', 'strings');
      if (strings?.length) return strings;
    }
    return undefined;
  };
  return fromNodes((n) => n.opType === 'ZipMap', 'classlabels_int64s') ?? fromNodes((n) => CLASSIFIERS.has(n.opType), 'classlabels_ints');
}
