/**
 * Protocol Buffers wire format, reading and writing, for ONNX files: just the parts ONNX uses
 * (varints, 64-bit and 32-bit fixed values, length-delimited fields, packed repeated fields).
 * Hand-written rather than generated: ONNX needs a few hundred lines of it, and a generated
 * protobuf library would put a large schema and runtime into every action bundle.
 */

export const WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5,
} as const;
export type WireType = (typeof WireType)[keyof typeof WireType];

/** Bytes that are not a well-formed protobuf message (cut short, or not protobuf at all). */
export class ProtoDecodeError extends Error {
  override readonly name = 'ProtoDecodeError';
  constructor(
    message: string,
    /** byte offset where decoding failed */
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

const textDecoder = new TextDecoder('utf-8');
const textEncoder = new TextEncoder();

/** Reads fields in order from a message's bytes; nested messages are read with `sub()`. */
export class ProtoReader {
  pos: number;
  readonly end: number;
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    end = bytes.length,
  ) {
    this.pos = start;
    this.end = end;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** the next field's number and wire type */
  tag(): { field: number; wireType: WireType } {
    const at = this.pos;
    const key = this.varint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (field === 0 || wireType > 5) throw new ProtoDecodeError(`Invalid field key ${key}`, at);
    return { field, wireType: wireType as WireType };
  }

  /**
   * An unsigned varint as a number. Values above 2^53 lose precision; ONNX uses those only for
   * negative int64s, which `int64()` reads exactly.
   */
  varint(): number {
    let result = 0;
    let scale = 1;
    const start = this.pos;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoDecodeError('Truncated varint', start);
      const byte = this.bytes[this.pos++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    throw new ProtoDecodeError('Varint longer than 10 bytes', start);
  }

  /** A varint as a signed 64-bit integer (two's complement), exact. */
  int64Big(): bigint {
    let result = 0n;
    let shift = 0n;
    const start = this.pos;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoDecodeError('Truncated varint', start);
      const byte = this.bytes[this.pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asIntN(64, result);
      shift += 7n;
    }
    throw new ProtoDecodeError('Varint longer than 10 bytes', start);
  }

  /** A varint as a signed 64-bit integer in a number (exact within ±2^53, which covers ONNX's uses). */
  int64(): number {
    // Fast path: a short varint with no sign bit fits a number directly.
    const b = this.bytes;
    let p = this.pos;
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 7 && p < this.end; i++) {
      const byte = b[p++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.pos = p;
        return result;
      }
      scale *= 128;
    }
    return Number(this.int64Big());
  }

  /** int32 fields are encoded as sign-extended 64-bit varints. */
  int32(): number {
    return Number(BigInt.asIntN(32, BigInt(this.int64())));
  }

  bool(): boolean {
    return this.varint() !== 0;
  }

  private need(n: number): number {
    const at = this.pos;
    if (n < 0 || at + n > this.end) throw new ProtoDecodeError(`Truncated field: needs ${n} bytes, ${this.end - at} left`, at);
    this.pos += n;
    return at;
  }

  fixed32(): number {
    return this.view.getUint32(this.need(4), true);
  }

  float(): number {
    return this.view.getFloat32(this.need(4), true);
  }

  fixed64(): bigint {
    return this.view.getBigUint64(this.need(8), true);
  }

  double(): number {
    return this.view.getFloat64(this.need(8), true);
  }

  /** a length-delimited field's bytes, as a view into the buffer (no copy) */
  bytesField(): Uint8Array {
    const length = this.varint();
    const at = this.need(length);
    return this.bytes.subarray(at, at + length);
  }

  string(): string {
    return textDecoder.decode(this.bytesField());
  }

  /** a reader over a nested message, advancing past it */
  sub(): ProtoReader {
    const length = this.varint();
    const at = this.need(length);
    return new ProtoReader(this.bytes, at, at + length);
  }

  /** skips a field's value of the given wire type */
  skip(wireType: WireType): void {
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
        // Groups are obsolete and absent from ONNX, but skipping them keeps the reader total.
        for (;;) {
          if (this.done) throw new ProtoDecodeError('Unterminated group', this.pos);
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
  repeatedInt64(wireType: WireType, out: number[]): void {
    this.repeated(wireType, out, (r) => r.int64());
  }

  /** a repeated float field, packed or not; appends to `out` */
  repeatedFloat(wireType: WireType, out: number[]): void {
    this.repeated(wireType, out, (r) => r.float());
  }

  /** a repeated double field, packed or not; appends to `out` */
  repeatedDouble(wireType: WireType, out: number[]): void {
    this.repeated(wireType, out, (r) => r.double());
  }

  private repeated(wireType: WireType, out: number[], read: (reader: ProtoReader) => number): void {
    if (wireType !== WireType.LengthDelimited) {
      out.push(read(this));
      return;
    }
    const inner = this.sub();
    while (!inner.done) out.push(read(inner));
  }
}

/**
 * Calls `onField` for every field of a message, in order. The callback must consume the value
 * (with one of the reader's methods); it returns false for a field it does not know, which is
 * then skipped.
 */
export function forEachField(reader: ProtoReader, onField: (field: number, wireType: WireType, reader: ProtoReader) => boolean | void): void {
  while (!reader.done) {
    const { field, wireType } = reader.tag();
    if (onField(field, wireType, reader) === false) reader.skip(wireType);
  }
}

/** Builds a message's bytes; nested messages are built with `message(field, build)`. */
export class ProtoWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private length = 0;

  constructor(initialCapacity = 256) {
    this.buffer = new Uint8Array(initialCapacity);
    this.view = new DataView(this.buffer.buffer);
  }

  private reserve(n: number): number {
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
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  get byteLength(): number {
    return this.length;
  }

  tag(field: number, wireType: WireType): this {
    return this.rawVarint(field * 8 + wireType);
  }

  /** an unsigned varint (0 ≤ value < 2^53) */
  rawVarint(value: number): this {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Not an unsigned integer: ${value}`);
    while (value >= 0x80) {
      this.byte((value % 128) | 0x80);
      value = Math.floor(value / 128);
    }
    this.byte(value);
    return this;
  }

  /** a signed 64-bit integer as a varint: negative values take ten bytes (two's complement) */
  rawInt64(value: number | bigint): this {
    if (typeof value === 'number' && value >= 0 && Number.isSafeInteger(value)) return this.rawVarint(value);
    let big = BigInt.asUintN(64, BigInt(value));
    while (big >= 0x80n) {
      this.byte(Number(big & 0x7fn) | 0x80);
      big >>= 7n;
    }
    this.byte(Number(big));
    return this;
  }

  private byte(value: number): void {
    const at = this.reserve(1);
    this.buffer[at] = value;
  }

  rawBytes(bytes: Uint8Array): this {
    const at = this.reserve(bytes.length); // first: reserve may replace the buffer
    this.buffer.set(bytes, at);
    return this;
  }

  // ── fields ────────────────────────────────────────────────────────────────────────────────

  int64(field: number, value: number | bigint): this {
    return this.tag(field, WireType.Varint).rawInt64(value);
  }

  /** int32 and enum fields: negative values are sign-extended to 64 bits on the wire */
  int32(field: number, value: number): this {
    return this.int64(field, value);
  }

  bool(field: number, value: boolean): this {
    return this.tag(field, WireType.Varint).rawVarint(value ? 1 : 0);
  }

  float(field: number, value: number): this {
    this.tag(field, WireType.Fixed32);
    const at = this.reserve(4);
    this.view.setFloat32(at, value, true);
    return this;
  }

  double(field: number, value: number): this {
    this.tag(field, WireType.Fixed64);
    const at = this.reserve(8);
    this.view.setFloat64(at, value, true);
    return this;
  }

  fixed32(field: number, value: number): this {
    this.tag(field, WireType.Fixed32);
    const at = this.reserve(4);
    this.view.setUint32(at, value, true);
    return this;
  }

  fixed64(field: number, value: bigint): this {
    this.tag(field, WireType.Fixed64);
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt.asUintN(64, value), true);
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    return this.tag(field, WireType.LengthDelimited).rawVarint(value.length).rawBytes(value);
  }

  string(field: number, value: string): this {
    return this.bytes(field, textEncoder.encode(value));
  }

  /** a nested message, built by `build` on a fresh writer */
  message(field: number, build: (writer: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    build(inner);
    return this.tag(field, WireType.LengthDelimited).rawVarint(inner.length).rawBytes(inner.buffer.subarray(0, inner.length));
  }

  /** a packed repeated int64 field (nothing is written for an empty list, as protobuf does) */
  packedInt64(field: number, values: ArrayLike<number | bigint>): this {
    if (values.length === 0) return this;
    const inner = new ProtoWriter(values.length * 2);
    for (let i = 0; i < values.length; i++) inner.rawInt64(values[i]!);
    return this.tag(field, WireType.LengthDelimited).rawVarint(inner.length).rawBytes(inner.buffer.subarray(0, inner.length));
  }

  /** a packed repeated float field */
  packedFloat(field: number, values: ArrayLike<number>): this {
    if (values.length === 0) return this;
    this.tag(field, WireType.LengthDelimited).rawVarint(values.length * 4);
    const at = this.reserve(values.length * 4);
    for (let i = 0; i < values.length; i++) this.view.setFloat32(at + i * 4, values[i]!, true);
    return this;
  }

  /** a packed repeated double field */
  packedDouble(field: number, values: ArrayLike<number>): this {
    if (values.length === 0) return this;
    this.tag(field, WireType.LengthDelimited).rawVarint(values.length * 8);
    const at = this.reserve(values.length * 8);
    for (let i = 0; i < values.length; i++) this.view.setFloat64(at + i * 8, values[i]!, true);
    return this;
  }
}
