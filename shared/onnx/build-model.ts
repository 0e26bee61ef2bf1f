/**
 * Writes ONNX models: what the built-in trainers export, and what tests build to check the
 * decoder against onnxruntime. Tensors are written as little-endian raw_data (strings excepted,
 * which ONNX keeps in string_data), the compact form every runtime reads.
 */
import { elementTypeCode } from './data-type.js';
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
import type { AttributeValue, Dim, OnnxType, OpsetId, ValueInfo } from './model-proto.js';
import { ProtoWriter } from './wire.js';

/** A tensor to write: an initializer, or a `tensor` attribute. */
export type TensorSpec = { name?: string; dims: number[] } & (
  | { type: 'float32' | 'float64' | 'int32' | 'int8' | 'uint8'; values: ArrayLike<number> }
  | { type: 'int64'; values: ArrayLike<number | bigint> }
  | { type: 'bool'; values: ArrayLike<boolean | number> }
  | { type: 'string'; values: string[] }
);

/** An attribute to write: the decoder's AttributeValue, with tensors given as TensorSpec. */
export type AttributeSpec =
  | Exclude<AttributeValue, { type: 'tensor' | 'tensors' | 'graph' | 'graphs' }>
  | { type: 'tensor'; value: TensorSpec }
  | { type: 'tensors'; value: TensorSpec[] }
  | { type: 'graph'; value: GraphSpec }
  | { type: 'graphs'; value: GraphSpec[] };

export interface NodeSpec {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  /** '' or absent: the default domain; 'ai.onnx.ml' for the classic ML operators */
  domain?: string;
  attributes?: Record<string, AttributeSpec>;
}

export interface GraphSpec {
  name?: string;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  nodes: NodeSpec[];
  initializers?: (TensorSpec & { name: string })[];
}

export interface ModelSpec extends GraphSpec {
  producer: string;
  producerVersion?: string;
  /** domain → opset version; '' is the default domain, e.g. { '': 13, 'ai.onnx.ml': 1 } */
  opsets: Record<string, number> | OpsetId[];
  /** default 8 (ONNX 1.10+, opsets up to 17), which every onnxruntime of the last years reads */
  irVersion?: number;
  docString?: string;
  metadata?: Record<string, string>;
}

/** A tensor type, for inputs and outputs: `tensorType('float32', ['N', 4])`. */
export function tensorType(elemType: string, shape?: Dim[]): OnnxType {
  return shape ? { kind: 'tensor', elemType, shape } : { kind: 'tensor', elemType };
}

/** Encodes a whole model. */
export function buildModel(spec: ModelSpec): Uint8Array {
  const w = new ProtoWriter(1024);
  w.int64(ModelField.irVersion, spec.irVersion ?? 8);
  const opsets = Array.isArray(spec.opsets) ? spec.opsets : Object.entries(spec.opsets).map(([domain, version]) => ({ domain, version }));
  for (const opset of opsets) {
    w.message(ModelField.opsetImport, (o) => {
      if (opset.domain) o.string(OpsetIdField.domain, opset.domain);
      o.int64(OpsetIdField.version, opset.version);
    });
  }
  w.string(ModelField.producerName, spec.producer);
  if (spec.producerVersion) w.string(ModelField.producerVersion, spec.producerVersion);
  if (spec.docString) w.string(ModelField.docString, spec.docString);
  for (const [key, value] of Object.entries(spec.metadata ?? {})) {
    w.message(ModelField.metadataProps, (e) => e.string(StringEntryField.key, key).string(StringEntryField.value, value));
  }
  w.message(ModelField.graph, (g) => writeGraph(g, spec));
  return w.finish();
}

function writeGraph(w: ProtoWriter, graph: GraphSpec): void {
  for (const node of graph.nodes) w.message(GraphField.node, (n) => writeNode(n, node));
  w.string(GraphField.name, graph.name ?? 'graph');
  for (const tensor of graph.initializers ?? []) w.message(GraphField.initializer, (t) => writeTensor(t, tensor));
  for (const input of graph.inputs) w.message(GraphField.input, (v) => writeValueInfo(v, input));
  for (const output of graph.outputs) w.message(GraphField.output, (v) => writeValueInfo(v, output));
}

function writeNode(w: ProtoWriter, node: NodeSpec): void {
  for (const input of node.inputs) w.string(NodeField.input, input);
  for (const output of node.outputs) w.string(NodeField.output, output);
  if (node.name) w.string(NodeField.name, node.name);
  w.string(NodeField.opType, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes ?? {})) w.message(NodeField.attribute, (a) => writeAttribute(a, name, attribute));
  if (node.domain) w.string(NodeField.domain, node.domain);
}

function writeAttribute(w: ProtoWriter, name: string, attribute: AttributeSpec): void {
  w.string(AttributeField.name, name);
  w.int32(AttributeField.type, AttributeTypeCode[attribute.type]);
  switch (attribute.type) {
    case 'float':
      w.float(AttributeField.f, attribute.value);
      return;
    case 'int':
      w.int64(AttributeField.i, attribute.value);
      return;
    case 'string':
      w.string(AttributeField.s, attribute.value);
      return;
    case 'tensor':
      w.message(AttributeField.t, (t) => writeTensor(t, attribute.value));
      return;
    case 'graph':
      w.message(AttributeField.g, (g) => writeGraph(g, attribute.value));
      return;
    case 'floats':
      w.packedFloat(AttributeField.floats, attribute.value);
      return;
    case 'ints':
      w.packedInt64(AttributeField.ints, attribute.value);
      return;
    case 'strings':
      for (const s of attribute.value) w.string(AttributeField.strings, s);
      return;
    case 'tensors':
      for (const tensor of attribute.value) w.message(AttributeField.tensors, (t) => writeTensor(t, tensor));
      return;
    case 'graphs':
      for (const graph of attribute.value) w.message(AttributeField.graphs, (g) => writeGraph(g, graph));
      return;
  }
}

function writeTensor(w: ProtoWriter, tensor: TensorSpec): void {
  const count = tensor.dims.reduce((a, b) => a * b, 1);
  if (tensor.values.length !== count) {
    throw new RangeError(`Tensor ${tensor.name ?? ''} has dims [${tensor.dims}] (${count} values) but ${tensor.values.length} values were given`);
  }
  w.packedInt64(TensorField.dims, tensor.dims);
  w.int32(TensorField.dataType, elementTypeCode(tensor.type));
  if (tensor.name) w.string(TensorField.name, tensor.name);
  if (tensor.type === 'string') {
    for (const s of tensor.values) w.string(TensorField.stringData, s);
    return;
  }
  w.bytes(TensorField.rawData, rawData(tensor));
}

function rawData(tensor: Exclude<TensorSpec, { type: 'string' }>): Uint8Array {
  const n = tensor.values.length;
  switch (tensor.type) {
    case 'float32':
      return bytesOf(Float32Array.from(tensor.values));
    case 'float64':
      return bytesOf(Float64Array.from(tensor.values));
    case 'int32':
      return bytesOf(Int32Array.from(tensor.values));
    case 'int8':
      return bytesOf(Int8Array.from(tensor.values));
    case 'uint8':
      return Uint8Array.from(tensor.values);
    case 'bool':
      return Uint8Array.from(tensor.values, (v) => (v ? 1 : 0));
    case 'int64': {
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) out[i] = BigInt(tensor.values[i]!);
      return bytesOf(out);
    }
  }
}

/** a typed array's bytes; little-endian on every platform Node runs on, as raw_data requires */
function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Encodes a ValueInfoProto (a graph input or output). */
export function writeValueInfo(w: ProtoWriter, info: ValueInfo): void {
  w.string(ValueInfoField.name, info.name);
  if (info.type.kind !== 'unknown') w.message(ValueInfoField.type, (t) => writeType(t, info.type));
}

function writeType(w: ProtoWriter, type: OnnxType): void {
  switch (type.kind) {
    case 'tensor':
    case 'sparse_tensor':
      w.message(type.kind === 'tensor' ? TypeField.tensorType : TypeField.sparseTensorType, (t) => {
        t.int32(TensorTypeField.elemType, elementTypeCode(type.elemType));
        if (type.shape) t.message(TensorTypeField.shape, (s) => writeShape(s, type.shape!));
      });
      return;
    case 'sequence':
    case 'optional':
      w.message(type.kind === 'sequence' ? TypeField.sequenceType : TypeField.optionalType, (s) =>
        s.message(SequenceTypeField.elemType, (e) => writeType(e, type.elemType)),
      );
      return;
    case 'map':
      w.message(TypeField.mapType, (m) => {
        m.int32(MapTypeField.keyType, elementTypeCode(type.keyType));
        m.message(MapTypeField.valueType, (v) => writeType(v, type.valueType));
      });
      return;
    case 'unknown':
      return;
  }
}

function writeShape(w: ProtoWriter, shape: Dim[]): void {
  for (const dim of shape) {
    w.message(ShapeField.dim, (d) => {
      if (typeof dim === 'number') d.int64(DimensionField.dimValue, dim);
      else if (typeof dim === 'string') d.string(DimensionField.dimParam, dim);
    });
  }
}
