/**
 * Field numbers of the ONNX protobuf messages we read and write, from onnx/onnx.proto (IR version
 * 10). One table for the decoder and the encoder, so they cannot disagree.
 */
export const ModelField = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
} as const;

export const OpsetIdField = { domain: 1, version: 2 } as const;

export const StringEntryField = { key: 1, value: 2 } as const;

export const GraphField = {
  node: 1,
  name: 2,
  initializer: 5,
  docString: 10,
  input: 11,
  output: 12,
  valueInfo: 13,
} as const;

export const NodeField = {
  input: 1,
  output: 2,
  name: 3,
  opType: 4,
  attribute: 5,
  docString: 6,
  domain: 7,
} as const;

export const AttributeField = {
  name: 1,
  f: 2,
  i: 3,
  s: 4,
  t: 5,
  g: 6,
  floats: 7,
  ints: 8,
  strings: 9,
  tensors: 10,
  graphs: 11,
  docString: 13,
  type: 20,
} as const;

/** AttributeProto.AttributeType */
export const AttributeTypeCode = {
  float: 1,
  int: 2,
  string: 3,
  tensor: 4,
  graph: 5,
  floats: 6,
  ints: 7,
  strings: 8,
  tensors: 9,
  graphs: 10,
} as const;

export const TensorField = {
  dims: 1,
  dataType: 2,
  floatData: 4,
  int32Data: 5,
  stringData: 6,
  int64Data: 7,
  name: 8,
  rawData: 9,
  doubleData: 10,
  uint64Data: 11,
  externalData: 13,
  dataLocation: 14,
} as const;

export const ValueInfoField = { name: 1, type: 2, docString: 3 } as const;

export const TypeField = {
  tensorType: 1,
  sequenceType: 4,
  mapType: 5,
  denotation: 6,
  sparseTensorType: 8,
  optionalType: 9,
} as const;

/** TypeProto.Tensor (and SparseTensor, which has the same layout) */
export const TensorTypeField = { elemType: 1, shape: 2 } as const;
export const SequenceTypeField = { elemType: 1 } as const;
export const MapTypeField = { keyType: 1, valueType: 2 } as const;
export const ShapeField = { dim: 1 } as const;
export const DimensionField = { dimValue: 1, dimParam: 2, denotation: 3 } as const;
