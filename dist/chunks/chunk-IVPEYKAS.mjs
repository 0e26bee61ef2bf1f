import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/onnx/data-type.ts
var NAMES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  14: "complex64",
  15: "complex128",
  16: "bfloat16",
  17: "float8e4m3fn",
  18: "float8e4m3fnuz",
  19: "float8e5m2",
  20: "float8e5m2fnuz",
  21: "uint4",
  22: "int4",
  23: "float4e2m1"
};
var CODES = Object.fromEntries(Object.entries(NAMES).map(([code, name]) => [name, Number(code)]));
function elementTypeName(code) {
  return NAMES[code] ?? `type${code}`;
}
function elementTypeCode(name) {
  const code = CODES[name];
  if (code === void 0) throw new RangeError(`Unknown ONNX element type "${name}"`);
  return code;
}

// shared/onnx/fields.ts
var ModelField = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14
};
var OpsetIdField = { domain: 1, version: 2 };
var StringEntryField = { key: 1, value: 2 };
var GraphField = {
  node: 1,
  name: 2,
  initializer: 5,
  docString: 10,
  input: 11,
  output: 12,
  valueInfo: 13
};
var NodeField = {
  input: 1,
  output: 2,
  name: 3,
  opType: 4,
  attribute: 5,
  docString: 6,
  domain: 7
};
var AttributeField = {
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
  type: 20
};
var AttributeTypeCode = {
  float: 1,
  int: 2,
  string: 3,
  tensor: 4,
  graph: 5,
  floats: 6,
  ints: 7,
  strings: 8,
  tensors: 9,
  graphs: 10
};
var TensorField = {
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
  dataLocation: 14
};
var ValueInfoField = { name: 1, type: 2, docString: 3 };
var TypeField = {
  tensorType: 1,
  sequenceType: 4,
  mapType: 5,
  denotation: 6,
  sparseTensorType: 8,
  optionalType: 9
};
var TensorTypeField = { elemType: 1, shape: 2 };
var SequenceTypeField = { elemType: 1 };
var MapTypeField = { keyType: 1, valueType: 2 };
var ShapeField = { dim: 1 };
var DimensionField = { dimValue: 1, dimParam: 2, denotation: 3 };

// shared/onnx/wire.ts
var WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5
};
var ProtoDecodeError = class extends Error {
  constructor(message, offset) {
    super(`${message} at byte ${offset}`);
    this.offset = offset;
  }
  offset;
  name = "ProtoDecodeError";
};
var textDecoder = new TextDecoder("utf-8");
var textEncoder = new TextEncoder();
var ProtoReader = class _ProtoReader {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  bytes;
  pos;
  end;
  view;
  get done() {
    return this.pos >= this.end;
  }
  /** the next field's number and wire type */
  tag() {
    const at = this.pos;
    const key = this.varint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (field === 0 || wireType > 5) throw new ProtoDecodeError(`Invalid field key ${key}`, at);
    return { field, wireType };
  }
  /**
   * An unsigned varint as a number. Values above 2^53 lose precision; ONNX uses those only for
   * negative int64s, which `int64()` reads exactly.
   */
  varint() {
    let result = 0;
    let scale = 1;
    const start = this.pos;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoDecodeError("Truncated varint", start);
      const byte = this.bytes[this.pos++];
      result += (byte & 127) * scale;
      if (byte < 128) return result;
      scale *= 128;
    }
    throw new ProtoDecodeError("Varint longer than 10 bytes", start);
  }
  /** A varint as a signed 64-bit integer (two's complement), exact. */
  int64Big() {
    let result = 0n;
    let shift = 0n;
    const start = this.pos;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoDecodeError("Truncated varint", start);
      const byte = this.bytes[this.pos++];
      result |= BigInt(byte & 127) << shift;
      if (byte < 128) return BigInt.asIntN(64, result);
      shift += 7n;
    }
    throw new ProtoDecodeError("Varint longer than 10 bytes", start);
  }
  /** A varint as a signed 64-bit integer in a number (exact within ±2^53, which covers ONNX's uses). */
  int64() {
    const b = this.bytes;
    let p = this.pos;
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 7 && p < this.end; i++) {
      const byte = b[p++];
      result += (byte & 127) * scale;
      if (byte < 128) {
        this.pos = p;
        return result;
      }
      scale *= 128;
    }
    return Number(this.int64Big());
  }
  /** int32 fields are encoded as sign-extended 64-bit varints. */
  int32() {
    return Number(BigInt.asIntN(32, BigInt(this.int64())));
  }
  bool() {
    return this.varint() !== 0;
  }
  need(n) {
    const at = this.pos;
    if (n < 0 || at + n > this.end) throw new ProtoDecodeError(`Truncated field: needs ${n} bytes, ${this.end - at} left`, at);
    this.pos += n;
    return at;
  }
  fixed32() {
    return this.view.getUint32(this.need(4), true);
  }
  float() {
    return this.view.getFloat32(this.need(4), true);
  }
  fixed64() {
    return this.view.getBigUint64(this.need(8), true);
  }
  double() {
    return this.view.getFloat64(this.need(8), true);
  }
  /** a length-delimited field's bytes, as a view into the buffer (no copy) */
  bytesField() {
    const length = this.varint();
    const at = this.need(length);
    return this.bytes.subarray(at, at + length);
  }
  string() {
    return textDecoder.decode(this.bytesField());
  }
  /** a reader over a nested message, advancing past it */
  sub() {
    const length = this.varint();
    const at = this.need(length);
    return new _ProtoReader(this.bytes, at, at + length);
  }
  /** skips a field's value of the given wire type */
  skip(wireType) {
    switch (wireType) {
      case WireType.Varint:
        this.varint();
        return;
      case WireType.Fixed64:
        this.need(8);
        return;
      case WireType.LengthDelimited:
        this.need(this.varint());
        return;
      case WireType.Fixed32:
        this.need(4);
        return;
      case WireType.StartGroup: {
        for (; ; ) {
          if (this.done) throw new ProtoDecodeError("Unterminated group", this.pos);
          const { wireType: inner } = this.tag();
          if (inner === WireType.EndGroup) return;
          this.skip(inner);
        }
      }
      default:
        throw new ProtoDecodeError(`Unexpected wire type ${wireType}`, this.pos);
    }
  }
  /**
   * Reads a repeated int64 field, packed (one length-delimited run) or not (one value per field),
   * both being valid encodings of the same field; appends to `out`.
   */
  repeatedInt64(wireType, out) {
    this.repeated(wireType, out, (r) => r.int64());
  }
  /** a repeated float field, packed or not; appends to `out` */
  repeatedFloat(wireType, out) {
    this.repeated(wireType, out, (r) => r.float());
  }
  /** a repeated double field, packed or not; appends to `out` */
  repeatedDouble(wireType, out) {
    this.repeated(wireType, out, (r) => r.double());
  }
  repeated(wireType, out, read) {
    if (wireType !== WireType.LengthDelimited) {
      out.push(read(this));
      return;
    }
    const inner = this.sub();
    while (!inner.done) out.push(read(inner));
  }
};
function forEachField(reader, onField) {
  while (!reader.done) {
    const { field, wireType } = reader.tag();
    if (onField(field, wireType, reader) === false) reader.skip(wireType);
  }
}
var ProtoWriter = class _ProtoWriter {
  buffer;
  view;
  length = 0;
  constructor(initialCapacity = 256) {
    this.buffer = new Uint8Array(initialCapacity);
    this.view = new DataView(this.buffer.buffer);
  }
  reserve(n) {
    const at = this.length;
    if (at + n > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, at + n));
      grown.set(this.buffer.subarray(0, at));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length += n;
    return at;
  }
  /** the bytes written so far (a copy, so the writer can be reused) */
  finish() {
    return this.buffer.slice(0, this.length);
  }
  get byteLength() {
    return this.length;
  }
  tag(field, wireType) {
    return this.rawVarint(field * 8 + wireType);
  }
  /** an unsigned varint (0 ≤ value < 2^53) */
  rawVarint(value) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not an unsigned integer: ${value}`);
    while (value >= 128) {
      this.byte(value % 128 | 128);
      value = Math.floor(value / 128);
    }
    this.byte(value);
    return this;
  }
  /** a signed 64-bit integer as a varint: negative values take ten bytes (two's complement) */
  rawInt64(value) {
    if (typeof value === "number" && value >= 0 && Number.isSafeInteger(value)) return this.rawVarint(value);
    let big = BigInt.asUintN(64, BigInt(value));
    while (big >= 0x80n) {
      this.byte(Number(big & 0x7fn) | 128);
      big >>= 7n;
    }
    this.byte(Number(big));
    return this;
  }
  byte(value) {
    const at = this.reserve(1);
    this.buffer[at] = value;
  }
  rawBytes(bytes) {
    const at = this.reserve(bytes.length);
    this.buffer.set(bytes, at);
    return this;
  }
  // ── fields ────────────────────────────────────────────────────────────────────────────────
  int64(field, value) {
    return this.tag(field, WireType.Varint).rawInt64(value);
  }
  /** int32 and enum fields: negative values are sign-extended to 64 bits on the wire */
  int32(field, value) {
    return this.int64(field, value);
  }
  bool(field, value) {
    return this.tag(field, WireType.Varint).rawVarint(value ? 1 : 0);
  }
  float(field, value) {
    this.tag(field, WireType.Fixed32);
    const at = this.reserve(4);
    this.view.setFloat32(at, value, true);
    return this;
  }
  double(field, value) {
    this.tag(field, WireType.Fixed64);
    const at = this.reserve(8);
    this.view.setFloat64(at, value, true);
    return this;
  }
  fixed32(field, value) {
    this.tag(field, WireType.Fixed32);
    const at = this.reserve(4);
    this.view.setUint32(at, value, true);
    return this;
  }
  fixed64(field, value) {
    this.tag(field, WireType.Fixed64);
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt.asUintN(64, value), true);
    return this;
  }
  bytes(field, value) {
    return this.tag(field, WireType.LengthDelimited).rawVarint(value.length).rawBytes(value);
  }
  string(field, value) {
    return this.bytes(field, textEncoder.encode(value));
  }
  /** a nested message, built by `build` on a fresh writer */
  message(field, build) {
    const inner = new _ProtoWriter();
    build(inner);
    return this.tag(field, WireType.LengthDelimited).rawVarint(inner.length).rawBytes(inner.buffer.subarray(0, inner.length));
  }
  /** a packed repeated int64 field (nothing is written for an empty list, as protobuf does) */
  packedInt64(field, values) {
    if (values.length === 0) return this;
    const inner = new _ProtoWriter(values.length * 2);
    for (let i = 0; i < values.length; i++) inner.rawInt64(values[i]);
    return this.tag(field, WireType.LengthDelimited).rawVarint(inner.length).rawBytes(inner.buffer.subarray(0, inner.length));
  }
  /** a packed repeated float field */
  packedFloat(field, values) {
    if (values.length === 0) return this;
    this.tag(field, WireType.LengthDelimited).rawVarint(values.length * 4);
    const at = this.reserve(values.length * 4);
    for (let i = 0; i < values.length; i++) this.view.setFloat32(at + i * 4, values[i], true);
    return this;
  }
  /** a packed repeated double field */
  packedDouble(field, values) {
    if (values.length === 0) return this;
    this.tag(field, WireType.LengthDelimited).rawVarint(values.length * 8);
    const at = this.reserve(values.length * 8);
    for (let i = 0; i < values.length; i++) this.view.setFloat64(at + i * 8, values[i], true);
    return this;
  }
};

// shared/onnx/build-model.ts
function tensorType(elemType, shape) {
  return shape ? { kind: "tensor", elemType, shape } : { kind: "tensor", elemType };
}
function buildModel(spec) {
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
function writeGraph(w, graph) {
  for (const node of graph.nodes) w.message(GraphField.node, (n) => writeNode(n, node));
  w.string(GraphField.name, graph.name ?? "graph");
  for (const tensor of graph.initializers ?? []) w.message(GraphField.initializer, (t) => writeTensor(t, tensor));
  for (const input of graph.inputs) w.message(GraphField.input, (v) => writeValueInfo(v, input));
  for (const output of graph.outputs) w.message(GraphField.output, (v) => writeValueInfo(v, output));
}
function writeNode(w, node) {
  for (const input of node.inputs) w.string(NodeField.input, input);
  for (const output of node.outputs) w.string(NodeField.output, output);
  if (node.name) w.string(NodeField.name, node.name);
  w.string(NodeField.opType, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes ?? {})) w.message(NodeField.attribute, (a) => writeAttribute(a, name, attribute));
  if (node.domain) w.string(NodeField.domain, node.domain);
}
function writeAttribute(w, name, attribute) {
  w.string(AttributeField.name, name);
  w.int32(AttributeField.type, AttributeTypeCode[attribute.type]);
  switch (attribute.type) {
    case "float":
      w.float(AttributeField.f, attribute.value);
      return;
    case "int":
      w.int64(AttributeField.i, attribute.value);
      return;
    case "string":
      w.string(AttributeField.s, attribute.value);
      return;
    case "tensor":
      w.message(AttributeField.t, (t) => writeTensor(t, attribute.value));
      return;
    case "graph":
      w.message(AttributeField.g, (g) => writeGraph(g, attribute.value));
      return;
    case "floats":
      w.packedFloat(AttributeField.floats, attribute.value);
      return;
    case "ints":
      w.packedInt64(AttributeField.ints, attribute.value);
      return;
    case "strings":
      for (const s of attribute.value) w.string(AttributeField.strings, s);
      return;
    case "tensors":
      for (const tensor of attribute.value) w.message(AttributeField.tensors, (t) => writeTensor(t, tensor));
      return;
    case "graphs":
      for (const graph of attribute.value) w.message(AttributeField.graphs, (g) => writeGraph(g, graph));
      return;
  }
}
function writeTensor(w, tensor) {
  const count = tensor.dims.reduce((a, b) => a * b, 1);
  if (tensor.values.length !== count) {
    throw new RangeError(`Tensor ${tensor.name ?? ""} has dims [${tensor.dims}] (${count} values) but ${tensor.values.length} values were given`);
  }
  w.packedInt64(TensorField.dims, tensor.dims);
  w.int32(TensorField.dataType, elementTypeCode(tensor.type));
  if (tensor.name) w.string(TensorField.name, tensor.name);
  if (tensor.type === "string") {
    for (const s of tensor.values) w.string(TensorField.stringData, s);
    return;
  }
  w.bytes(TensorField.rawData, rawData(tensor));
}
function rawData(tensor) {
  const n = tensor.values.length;
  switch (tensor.type) {
    case "float32":
      return bytesOf(Float32Array.from(tensor.values));
    case "float64":
      return bytesOf(Float64Array.from(tensor.values));
    case "int32":
      return bytesOf(Int32Array.from(tensor.values));
    case "int8":
      return bytesOf(Int8Array.from(tensor.values));
    case "uint8":
      return Uint8Array.from(tensor.values);
    case "bool":
      return Uint8Array.from(tensor.values, (v) => v ? 1 : 0);
    case "int64": {
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) out[i] = BigInt(tensor.values[i]);
      return bytesOf(out);
    }
  }
}
function bytesOf(array) {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
function writeValueInfo(w, info) {
  w.string(ValueInfoField.name, info.name);
  if (info.type.kind !== "unknown") w.message(ValueInfoField.type, (t) => writeType(t, info.type));
}
function writeType(w, type) {
  switch (type.kind) {
    case "tensor":
    case "sparse_tensor":
      w.message(type.kind === "tensor" ? TypeField.tensorType : TypeField.sparseTensorType, (t) => {
        t.int32(TensorTypeField.elemType, elementTypeCode(type.elemType));
        if (type.shape) t.message(TensorTypeField.shape, (s) => writeShape(s, type.shape));
      });
      return;
    case "sequence":
    case "optional":
      w.message(
        type.kind === "sequence" ? TypeField.sequenceType : TypeField.optionalType,
        (s) => s.message(SequenceTypeField.elemType, (e) => writeType(e, type.elemType))
      );
      return;
    case "map":
      w.message(TypeField.mapType, (m) => {
        m.int32(MapTypeField.keyType, elementTypeCode(type.keyType));
        m.message(MapTypeField.valueType, (v) => writeType(v, type.valueType));
      });
      return;
    case "unknown":
      return;
  }
}
function writeShape(w, shape) {
  for (const dim of shape) {
    w.message(ShapeField.dim, (d) => {
      if (typeof dim === "number") d.int64(DimensionField.dimValue, dim);
      else if (typeof dim === "string") d.string(DimensionField.dimParam, dim);
    });
  }
}

// shared/onnx/model-proto.ts
function decodeModel(bytes) {
  const model = {
    irVersion: 0,
    producerName: "",
    producerVersion: "",
    domain: "",
    modelVersion: 0,
    docString: "",
    opsetImports: [],
    metadata: {},
    graph: emptyGraph()
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
          decodeGraphInto(r.sub(), sawGraph ? model.graph : model.graph = emptyGraph());
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
function emptyGraph() {
  return { name: "", nodes: [], initializers: [], inputs: [], outputs: [] };
}
function decodeOpsetId(r) {
  const opset = { domain: "", version: 0 };
  forEachField(r, (field, wireType, r2) => {
    if (field === OpsetIdField.domain && wireType === WireType.LengthDelimited) return void (opset.domain = r2.string());
    if (field === OpsetIdField.version && wireType === WireType.Varint) return void (opset.version = r2.int64());
    return false;
  });
  return opset;
}
function decodeStringEntry(r) {
  const entry = { key: "", value: "" };
  forEachField(r, (field, wireType, r2) => {
    if (wireType !== WireType.LengthDelimited) return false;
    if (field === StringEntryField.key) return void (entry.key = r2.string());
    if (field === StringEntryField.value) return void (entry.value = r2.string());
    return false;
  });
  return entry;
}
function decodeGraphInto(r, graph) {
  forEachField(r, (field, wireType, r2) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case GraphField.node:
        graph.nodes.push(decodeNode(r2.sub()));
        return;
      case GraphField.name:
        graph.name = r2.string();
        return;
      case GraphField.initializer:
        graph.initializers.push(decodeTensor(r2.sub()));
        return;
      case GraphField.input:
        graph.inputs.push(decodeValueInfo(r2.sub()));
        return;
      case GraphField.output:
        graph.outputs.push(decodeValueInfo(r2.sub()));
        return;
    }
    return false;
  });
}
function decodeGraph(r) {
  const graph = emptyGraph();
  decodeGraphInto(r, graph);
  return graph;
}
function decodeNode(r) {
  const node = { name: "", opType: "", domain: "", inputs: [], outputs: [], attributes: {} };
  forEachField(r, (field, wireType, r2) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case NodeField.input:
        node.inputs.push(r2.string());
        return;
      case NodeField.output:
        node.outputs.push(r2.string());
        return;
      case NodeField.name:
        node.name = r2.string();
        return;
      case NodeField.opType:
        node.opType = r2.string();
        return;
      case NodeField.domain:
        node.domain = r2.string();
        return;
      case NodeField.attribute: {
        const attribute = decodeAttribute(r2.sub());
        if (attribute.value) node.attributes[attribute.name] = attribute.value;
        return;
      }
    }
    return false;
  });
  return node;
}
function decodeAttribute(r) {
  let name = "";
  let typeCode = 0;
  let f;
  let i;
  let s;
  let t;
  let g;
  const floats = [];
  const ints = [];
  const strings = [];
  const tensors = [];
  const graphs = [];
  forEachField(r, (field, wireType, r2) => {
    switch (field) {
      case AttributeField.name:
        name = r2.string();
        return;
      case AttributeField.type:
        typeCode = r2.int32();
        return;
      case AttributeField.f:
        f = r2.float();
        return;
      case AttributeField.i:
        i = r2.int64();
        return;
      case AttributeField.s:
        s = r2.string();
        return;
      case AttributeField.t:
        t = decodeTensor(r2.sub());
        return;
      case AttributeField.g:
        g = decodeGraph(r2.sub());
        return;
      case AttributeField.floats:
        r2.repeatedFloat(wireType, floats);
        return;
      case AttributeField.ints:
        r2.repeatedInt64(wireType, ints);
        return;
      case AttributeField.strings:
        strings.push(r2.string());
        return;
      case AttributeField.tensors:
        tensors.push(decodeTensor(r2.sub()));
        return;
      case AttributeField.graphs:
        graphs.push(decodeGraph(r2.sub()));
        return;
    }
    return false;
  });
  if (!typeCode) {
    typeCode = f !== void 0 ? AttributeTypeCode.float : i !== void 0 ? AttributeTypeCode.int : s !== void 0 ? AttributeTypeCode.string : t ? AttributeTypeCode.tensor : g ? AttributeTypeCode.graph : floats.length ? AttributeTypeCode.floats : ints.length ? AttributeTypeCode.ints : strings.length ? AttributeTypeCode.strings : tensors.length ? AttributeTypeCode.tensors : graphs.length ? AttributeTypeCode.graphs : 0;
  }
  switch (typeCode) {
    case AttributeTypeCode.float:
      return { name, value: { type: "float", value: f ?? 0 } };
    case AttributeTypeCode.int:
      return { name, value: { type: "int", value: i ?? 0 } };
    case AttributeTypeCode.string:
      return { name, value: { type: "string", value: s ?? "" } };
    case AttributeTypeCode.tensor:
      return t ? { name, value: { type: "tensor", value: t } } : { name };
    case AttributeTypeCode.graph:
      return g ? { name, value: { type: "graph", value: g } } : { name };
    case AttributeTypeCode.floats:
      return { name, value: { type: "floats", value: floats } };
    case AttributeTypeCode.ints:
      return { name, value: { type: "ints", value: ints } };
    case AttributeTypeCode.strings:
      return { name, value: { type: "strings", value: strings } };
    case AttributeTypeCode.tensors:
      return { name, value: { type: "tensors", value: tensors } };
    case AttributeTypeCode.graphs:
      return { name, value: { type: "graphs", value: graphs } };
  }
  return { name };
}
function decodeTensor(r) {
  const tensor = { name: "", dataType: elementTypeName(0), dims: [] };
  const dims = [];
  forEachField(r, (field, wireType, r2) => {
    switch (field) {
      case TensorField.dims:
        r2.repeatedInt64(wireType, dims);
        return;
      case TensorField.dataType:
        tensor.dataType = elementTypeName(r2.int32());
        return;
      case TensorField.name:
        tensor.name = r2.string();
        return;
      case TensorField.rawData:
        tensor.rawData = r2.bytesField();
        return;
      case TensorField.floatData:
        r2.repeatedFloat(wireType, tensor.floatData ??= []);
        return;
      case TensorField.doubleData:
        r2.repeatedDouble(wireType, tensor.doubleData ??= []);
        return;
      case TensorField.int32Data:
        r2.repeatedInt64(wireType, tensor.int32Data ??= []);
        return;
      case TensorField.int64Data:
        r2.repeatedInt64(wireType, tensor.int64Data ??= []);
        return;
      case TensorField.stringData:
        (tensor.stringData ??= []).push(r2.string());
        return;
      case TensorField.dataLocation:
        tensor.external = r2.int32() === 1;
        return;
    }
    return false;
  });
  tensor.dims = dims;
  return tensor;
}
function decodeValueInfo(r) {
  const info = { name: "", type: { kind: "unknown" } };
  forEachField(r, (field, wireType, r2) => {
    if (wireType !== WireType.LengthDelimited) return false;
    if (field === ValueInfoField.name) return void (info.name = r2.string());
    if (field === ValueInfoField.type) return void (info.type = decodeType(r2.sub()));
    return false;
  });
  return info;
}
function decodeType(r) {
  let type = { kind: "unknown" };
  forEachField(r, (field, wireType, r2) => {
    if (wireType !== WireType.LengthDelimited) return false;
    switch (field) {
      case TypeField.tensorType:
      case TypeField.sparseTensorType: {
        const { elemType, shape } = decodeTensorType(r2.sub());
        type = { kind: field === TypeField.tensorType ? "tensor" : "sparse_tensor", elemType, ...shape ? { shape } : {} };
        return;
      }
      case TypeField.sequenceType:
      case TypeField.optionalType: {
        let elemType = { kind: "unknown" };
        forEachField(r2.sub(), (f, wt, r3) => {
          if (f !== SequenceTypeField.elemType || wt !== WireType.LengthDelimited) return false;
          elemType = decodeType(r3.sub());
        });
        type = { kind: field === TypeField.sequenceType ? "sequence" : "optional", elemType };
        return;
      }
      case TypeField.mapType: {
        let keyType = elementTypeName(0);
        let valueType = { kind: "unknown" };
        forEachField(r2.sub(), (f, wt, r3) => {
          if (f === MapTypeField.keyType && wt === WireType.Varint) return void (keyType = elementTypeName(r3.int32()));
          if (f === MapTypeField.valueType && wt === WireType.LengthDelimited) return void (valueType = decodeType(r3.sub()));
          return false;
        });
        type = { kind: "map", keyType, valueType };
        return;
      }
    }
    return false;
  });
  return type;
}
function decodeTensorType(r) {
  let elemType = elementTypeName(0);
  let shape;
  forEachField(r, (field, wireType, r2) => {
    if (field === TensorTypeField.elemType && wireType === WireType.Varint) return void (elemType = elementTypeName(r2.int32()));
    if (field === TensorTypeField.shape && wireType === WireType.LengthDelimited) {
      shape = [];
      forEachField(r2.sub(), (f, wt, r3) => {
        if (f !== ShapeField.dim || wt !== WireType.LengthDelimited) return false;
        shape.push(decodeDimension(r3.sub()));
      });
      return;
    }
    return false;
  });
  return shape ? { elemType, shape } : { elemType };
}
function decodeDimension(r) {
  let dim = null;
  forEachField(r, (field, wireType, r2) => {
    if (field === DimensionField.dimValue && wireType === WireType.Varint) return void (dim = r2.int64());
    if (field === DimensionField.dimParam && wireType === WireType.LengthDelimited) return void (dim = r2.string());
    return false;
  });
  return dim;
}
function attributeOf(node, name, type) {
  const attribute = node.attributes[name];
  return attribute?.type === type ? attribute.value : void 0;
}

// shared/model/signature.ts
var ML_DOMAIN = "ai.onnx.ml";
var CLASSIFIERS = /* @__PURE__ */ new Set(["LinearClassifier", "TreeEnsembleClassifier", "SVMClassifier"]);
function readModelSignature(bytes) {
  return signatureOf(decodeModel(bytes));
}
function signatureOf(model) {
  const classLabels = declaredClassLabels(model.graph.nodes) ?? metadataClassLabels(model.metadata);
  const opsets = {};
  for (const { domain, version } of model.opsetImports) opsets[domain || "ai.onnx"] = version;
  const signature = {
    inputs: model.graph.inputs.filter((i) => !isInitializer(model, i.name)).map(tensorSignature),
    outputs: model.graph.outputs.map(tensorSignature),
    opsets
  };
  if (classLabels) signature.classLabels = classLabels;
  const featureNames = metadataFeatureNames(model.metadata);
  if (featureNames) signature.featureNames = featureNames;
  if (model.producerName) signature.producer = model.producerVersion ? `${model.producerName} ${model.producerVersion}` : model.producerName;
  return signature;
}
function metadataClassLabels(metadata) {
  const raw = metadata["mlci.classes"];
  if (!raw) return void 0;
  try {
    const parsed = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((c) => typeof c === "number" || typeof c === "string")) return parsed;
  } catch {
  }
  return void 0;
}
function metadataFeatureNames(metadata) {
  const raw = metadata["mlci.feature_names"];
  if (!raw) return void 0;
  try {
    const parsed = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((c) => typeof c === "string") && new Set(parsed).size === parsed.length) return parsed;
  } catch {
  }
  return void 0;
}
function isInitializer(model, name) {
  return model.graph.initializers.some((t) => t.name === name);
}
function tensorSignature(info) {
  const { type } = info;
  if (type.kind === "tensor") return { name: info.name, type: type.elemType, shape: (type.shape ?? []).map(dimension) };
  return { name: info.name, type: typeName(type), shape: [] };
}
function dimension(dim) {
  return dim ?? -1;
}
function typeName(type) {
  switch (type.kind) {
    case "sequence":
    case "optional":
      return `${type.kind}<${type.elemType.kind}>`;
    default:
      return type.kind;
  }
}
function declaredClassLabels(nodes) {
  const fromNodes = (ops, intsName) => {
    for (const node of nodes) {
      if (node.domain !== ML_DOMAIN || !ops(node)) continue;
      const ints = attributeOf(node, intsName, "ints");
      if (ints?.length) return ints;
      const strings = attributeOf(node, "classlabels_strings", "strings");
      if (strings?.length) return strings;
    }
    return void 0;
  };
  return fromNodes((n) => n.opType === "ZipMap", "classlabels_int64s") ?? fromNodes((n) => CLASSIFIERS.has(n.opType), "classlabels_ints");
}

export {
  ModelField,
  GraphField,
  ProtoDecodeError,
  ProtoWriter,
  tensorType,
  buildModel,
  writeValueInfo,
  decodeModel,
  attributeOf,
  readModelSignature,
  signatureOf
};
