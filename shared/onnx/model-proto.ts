/**
 * The parts of an ONNX ModelProto that mlci reads: opsets, producer, the graph's nodes (with their
 * attributes), initializer names and the typed inputs and outputs. Fields we do not model are
 * skipped, so any valid ONNX file decodes. `buildModel` (build-model.ts) writes the same shapes.
 */
import { elementTypeName } from './data-type.js';
import {
  AttributeField,
  AttributeTypeCode,
  DimensionField,
  GraphField,
  MapTypeField,
  ModelField,
  NodeField,
  OpsetIdField,
  SequenceTypeField,
  ShapeField,
  StringEntryField,
  TensorField,
  TensorTypeField,
  TypeField,
  ValueInfoField,
} from './fields.js';
import { ProtoReader, WireType, forEachField } from './wire.js';

export { buildModel, type ModelSpec } from './build-model.js';

/** A dimension: a size, a symbolic name (the batch dimension, usually), or unknown. */
export type Dim = number | string | null;

/** The type of a value in the graph (TypeProto). */
export type OnnxType =
  | { kind: 'tensor'; elemType: string; /** absent when the rank is unknown */ shape?: Dim[] }
  | { kind: 'sparse_tensor'; elemType: string; shape?: Dim[] }
  | { kind: 'sequence'; elemType: OnnxType }
  | { kind: 'map'; keyType: string; valueType: OnnxType }
  | { kind: 'optional'; elemType: OnnxType }
  | { kind: 'unknown' };

export interface ValueInfo {
  name: string;
  type: OnnxType;
}

export interface OnnxTensor {
  name: string;
  /** element type name ('float32', 'int64', ...) */
  dataType: string;
  dims: number[];
  /** raw_data, little-endian, as a view into the file's bytes */
  rawData?: Uint8Array;
  floatData?: number[];
  doubleData?: number[];
  int32Data?: number[];
  int64Data?: number[];
  stringData?: string[];
  /** true when the values live in a separate file (external data) */
  external?: boolean;
}

export type AttributeValue =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number }
  | { type: 'string'; value: string }
  | { type: 'tensor'; value: OnnxTensor }
  | { type: 'graph'; value: OnnxGraph }
  | { type: 'floats'; value: number[] }
  | { type: 'ints'; value: number[] }
  | { type: 'strings'; value: string[] }
  | { type: 'tensors'; value: OnnxTensor[] }
  | { type: 'graphs'; value: OnnxGraph[] };

export interface OnnxNode {
  name: string;
  opType: string;
  /** '' is the default domain (ai.onnx) */
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, AttributeValue>;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

export interface OpsetId {
  domain: string;
  version: number;
}

export interface OnnxModel {
  irVersion: number;
  producerName: string;
  producerVersion: string;
  domain: string;
  modelVersion: number;
  docString: string;
  opsetImports: OpsetId[];
  metadata: Record<string, string>;
  graph: OnnxGraph;
}

/**
 * Decodes an ONNX file's bytes. Throws ProtoDecodeError when the bytes are not a well-formed
 * protobuf message (a truncated download, a file of another kind).
 */
export function decodeModel(bytes: Uint8Array): OnnxModel {
  const model: OnnxModel = {
    irVersion: 0,
    producerName: '',
    producerVersion: '',
    domain: '',
    modelVersion: 0,
    docString: '',
    opsetImports: [],
    metadata: {},
    graph: emptyGraph(),
  };
  let sawGraph = false;
  forEachField(new ProtoReader(bytes), (field, wireType, r) => {
    if (wireType === WireType.LengthDelimited) {
      switch (field) {
        case ModelField.producerName:
          model.producerName = r.string();
          return;
        case ModelField.producerVersion:
          model.producerVersion = r.string();
          return;
        case ModelField.domain:
          model.domain = r.string();
          return;
        case ModelField.docString:
          model.docString = r.string();
          return;
        case ModelField.graph:
          // A message field that appears twice is merged (protobuf semantics), which is what lets
          // zipmap.ts append to a model's graph without re-encoding it.
          decodeGraphInto(r.sub(), sawGraph ? model.graph : (model.graph = emptyGraph()));
          sawGraph = true;
          return;
        case ModelField.opsetImport:
          model.opsetImports.push(decodeOpsetId(r.sub()));
          return;
        case ModelField.metadataProps: {
          const entry = decodeStringEntry(r.sub());
          model.metadata[entry.key] = entry.value;
          return;
        }
      }
    } else if (wireType === WireType.Varint) {
      if (field === ModelField.irVersion) return void (model.irVersion = r.int64());
      if (field === ModelField.modelVersion) return void (model.modelVersion = r.int64());
    }
    return false;
  });
  return model;
}

function emptyGraph(): OnnxGraph {
  return { name: '', nodes: [], initializers: [], inputs: [], outputs: [] };
}

function decodeOpsetId(r: ProtoReader): OpsetId {
  const opset: OpsetId = { domain: '', version: 0 };
  forEachField(r, (field, wireType, r) => {
    if (field === OpsetIdField.domain && wireType === WireType.LengthDelimited) return void (opset.domain = r.string());
    if (field === OpsetIdField.version && wireType === WireType.Varint) return void (opset.version = r.int64());
    return false;
  });
  return opset;
}

function decodeStringEntry(r: ProtoReader): { key: string; value: string } {
  const entry = { key: '', value: '' };
  forEachField(r, (field, wireType, r) => {
    if (wireType !== WireType.LengthDelimited) return false;
    if (field === StringEntryField.key) return void (entry.key = r.string());
    if (field === StringEntryField.value) return void (entry.value = r.string());
    return false;
  });
  return entry;
}

function decodeGraphInto(r: ProtoReader, graph: OnnxGraph): void {
  forEachField(r, (field, wireType, r) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case GraphField.node:
        graph.nodes.push(decodeNode(r.sub()));
        return;
      case GraphField.name:
        graph.name = r.string();
        return;
      case GraphField.initializer:
        graph.initializers.push(decodeTensor(r.sub()));
        return;
      case GraphField.input:
        graph.inputs.push(decodeValueInfo(r.sub()));
        return;
      case GraphField.output:
        graph.outputs.push(decodeValueInfo(r.sub()));
        return;
    }
    return false;
  });
}

function decodeGraph(r: ProtoReader): OnnxGraph {
  const graph = emptyGraph();
  decodeGraphInto(r, graph);
  return graph;
}

function decodeNode(r: ProtoReader): OnnxNode {
  const node: OnnxNode = { name: '', opType: '', domain: '', inputs: [], outputs: [], attributes: {} };
  forEachField(r, (field, wireType, r) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case NodeField.input:
        node.inputs.push(r.string());
        return;
      case NodeField.output:
        node.outputs.push(r.string());
        return;
      case NodeField.name:
        node.name = r.string();
        return;
      case NodeField.opType:
        node.opType = r.string();
        return;
      case NodeField.domain:
        node.domain = r.string();
        return;
      case NodeField.attribute: {
        const attribute = decodeAttribute(r.sub());
        if (attribute.value) node.attributes[attribute.name] = attribute.value;
        return;
      }
    }
    return false;
  });
  return node;
}

/**
 * An attribute's value. The `type` field says which value field holds it; exporters that omit
 * `type` (old ones did) get it inferred from which field is present.
 */
function decodeAttribute(r: ProtoReader): { name: string; value?: AttributeValue } {
  let name = '';
  let typeCode = 0;
  let f: number | undefined;
  let i: number | undefined;
  let s: string | undefined;
  let t: OnnxTensor | undefined;
  let g: OnnxGraph | undefined;
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  const tensors: OnnxTensor[] = [];
  const graphs: OnnxGraph[] = [];
  forEachField(r, (field, wireType, r) => {
    switch (field) {
      case AttributeField.name:
        name = r.string();
        return;
      case AttributeField.type:
        typeCode = r.int32();
        return;
      case AttributeField.f:
        f = r.float();
        return;
      case AttributeField.i:
        i = r.int64();
        return;
      case AttributeField.s:
        s = r.string();
        return;
      case AttributeField.t:
        t = decodeTensor(r.sub());
        return;
      case AttributeField.g:
        g = decodeGraph(r.sub());
        return;
      case AttributeField.floats:
        r.repeatedFloat(wireType, floats);
        return;
      case AttributeField.ints:
        r.repeatedInt64(wireType, ints);
        return;
      case AttributeField.strings:
        strings.push(r.string());
        return;
      case AttributeField.tensors:
        tensors.push(decodeTensor(r.sub()));
        return;
      case AttributeField.graphs:
        graphs.push(decodeGraph(r.sub()));
        return;
    }
    return false;
  });
  if (!typeCode) {
    typeCode =
      f !== undefined ? AttributeTypeCode.float
      : i !== undefined ? AttributeTypeCode.int
      : s !== undefined ? AttributeTypeCode.string
      : t ? AttributeTypeCode.tensor
      : g ? AttributeTypeCode.graph
      : floats.length ? AttributeTypeCode.floats
      : ints.length ? AttributeTypeCode.ints
      : strings.length ? AttributeTypeCode.strings
      : tensors.length ? AttributeTypeCode.tensors
      : graphs.length ? AttributeTypeCode.graphs
      : 0;
  }
  switch (typeCode) {
    case AttributeTypeCode.float:
      return { name, value: { type: 'float', value: f ?? 0 } };
    case AttributeTypeCode.int:
      return { name, value: { type: 'int', value: i ?? 0 } };
    case AttributeTypeCode.string:
      return { name, value: { type: 'string', value: s ?? '' } };
    case AttributeTypeCode.tensor:
      return t ? { name, value: { type: 'tensor', value: t } } : { name };
    case AttributeTypeCode.graph:
      return g ? { name, value: { type: 'graph', value: g } } : { name };
    case AttributeTypeCode.floats:
      return { name, value: { type: 'floats', value: floats } };
    case AttributeTypeCode.ints:
      return { name, value: { type: 'ints', value: ints } };
    case AttributeTypeCode.strings:
      return { name, value: { type: 'strings', value: strings } };
    case AttributeTypeCode.tensors:
      return { name, value: { type: 'tensors', value: tensors } };
    case AttributeTypeCode.graphs:
      return { name, value: { type: 'graphs', value: graphs } };
  }
  // Sparse tensors and type protos: not used by the models mlci reads.
  return { name };
}

function decodeTensor(r: ProtoReader): OnnxTensor {
  const tensor: OnnxTensor = { name: '', dataType: elementTypeName(0), dims: [] };
  const dims: number[] = [];
  forEachField(r, (field, wireType, r) => {
    switch (field) {
      case TensorField.dims:
        r.repeatedInt64(wireType, dims);
        return;
      case TensorField.dataType:
        tensor.dataType = elementTypeName(r.int32());
        return;
      case TensorField.name:
        tensor.name = r.string();
        return;
      case TensorField.rawData:
        tensor.rawData = r.bytesField();
        return;
      case TensorField.floatData:
        r.repeatedFloat(wireType, (tensor.floatData ??= []));
        return;
      case TensorField.doubleData:
        r.repeatedDouble(wireType, (tensor.doubleData ??= []));
        return;
      case TensorField.int32Data:
        r.repeatedInt64(wireType, (tensor.int32Data ??= []));
        return;
      case TensorField.int64Data:
        r.repeatedInt64(wireType, (tensor.int64Data ??= []));
        return;
      case TensorField.stringData:
        (tensor.stringData ??= []).push(r.string());
        return;
      case TensorField.dataLocation:
        tensor.external = r.int32() === 1;
        return;
    }
    return false;
  });
  tensor.dims = dims;
  return tensor;
}

function decodeValueInfo(r: ProtoReader): ValueInfo {
  const info: ValueInfo = { name: '', type: { kind: 'unknown' } };
  forEachField(r, (field, wireType, r) => {
    if (wireType !== WireType.LengthDelimited) return false;
    if (field === ValueInfoField.name) return void (info.name = r.string());
    if (field === ValueInfoField.type) return void (info.type = decodeType(r.sub()));
    return false;
  });
  return info;
}

function decodeType(r: ProtoReader): OnnxType {
  let type: OnnxType = { kind: 'unknown' };
  forEachField(r, (field, wireType, r) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case TypeField.tensorType:
      case TypeField.sparseTensorType: {
        const { elemType, shape } = decodeTensorType(r.sub());
        type = { kind: field === TypeField.tensorType ? 'tensor' : 'sparse_tensor', elemType, ...(shape ? { shape } : {}) };
        return;
      }
      case TypeField.sequenceType:
      case TypeField.optionalType: {
        let elemType: OnnxType = { kind: 'unknown' };
        forEachField(r.sub(), (f, wt, r) => {
          if (f !== SequenceTypeField.elemType || wt !== WireType.LengthDelimited) return false;
          elemType = decodeType(r.sub());
        });
        type = { kind: field === TypeField.sequenceType ? 'sequence' : 'optional', elemType };
        return;
      }
      case TypeField.mapType: {
        let keyType = elementTypeName(0);
        let valueType: OnnxType = { kind: 'unknown' };
        forEachField(r.sub(), (f, wt, r) => {
          if (f === MapTypeField.keyType && wt === WireType.Varint) return void (keyType = elementTypeName(r.int32()));
          if (f === MapTypeField.valueType && wt === WireType.LengthDelimited) return void (valueType = decodeType(r.sub()));
          return false;
        });
        type = { kind: 'map', keyType, valueType };
        return;
      }
    }
    return false;
  });
  return type;
}

function decodeTensorType(r: ProtoReader): { elemType: string; shape?: Dim[] } {
  let elemType = elementTypeName(0);
  let shape: Dim[] | undefined;
  forEachField(r, (field, wireType, r) => {
    if (field === TensorTypeField.elemType && wireType === WireType.Varint) return void (elemType = elementTypeName(r.int32()));
    if (field === TensorTypeField.shape && wireType === WireType.LengthDelimited) {
      // A present but empty shape is a scalar (rank 0); an absent one is unknown rank.
      shape = [];
      forEachField(r.sub(), (f, wt, r) => {
        if (f !== ShapeField.dim || wt !== WireType.LengthDelimited) return false;
        shape!.push(decodeDimension(r.sub()));
      });
      return;
    }
    return false;
  });
  return shape ? { elemType, shape } : { elemType };
}

function decodeDimension(r: ProtoReader): Dim {
  let dim: Dim = null;
  forEachField(r, (field, wireType, r) => {
    if (field === DimensionField.dimValue && wireType === WireType.Varint) return void (dim = r.int64());
    if (field === DimensionField.dimParam && wireType === WireType.LengthDelimited) return void (dim = r.string());
    return false;
  });
  return dim;
}

/** the node's attribute of that name, if it has the expected type */
export function attributeOf<T extends AttributeValue['type']>(node: OnnxNode, name: string, type: T): AttributeOfType<T> | undefined {
  const attribute = node.attributes[name];
  return (attribute?.type === type ? attribute.value : undefined) as AttributeOfType<T> | undefined;
}

type AttributeOfType<T extends AttributeValue['type']> = Extract<AttributeValue, { type: T }>['value'];
