import { ProtoDecodeError, ProtoReader, ProtoWriter, WireType, forEachField } from '../../shared/onnx/wire.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (s: string) => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

// Expected bytes are the worked examples of the Protocol Buffers encoding guide
// (https://protobuf.dev/programming-guides/encoding/).
describe('ProtoWriter matches the encoding guide', () => {
  test('varint field 1 = 150', () => {
    expect(hex(new ProtoWriter().int64(1, 150).finish())).toBe('089601');
  });
  test('string field 2 = "testing"', () => {
    expect(hex(new ProtoWriter().string(2, 'testing').finish())).toBe('120774657374696e67');
  });
  test('negative int64 takes ten bytes', () => {
    expect(hex(new ProtoWriter().rawInt64(-1).finish())).toBe('ffffffffffffffffff01');
    expect(hex(new ProtoWriter().rawInt64(-2n).finish())).toBe('feffffffffffffffff01');
  });
  test('packed repeated field 4 = [3, 270, 86942]', () => {
    expect(hex(new ProtoWriter().packedInt64(4, [3, 270, 86942]).finish())).toBe('2206038e029ea705');
  });
  test('embedded message field 3 = { a: 150 }', () => {
    expect(hex(new ProtoWriter().message(3, (w) => w.int64(1, 150)).finish())).toBe('1a03089601');
  });
  test('float and double are little-endian IEEE 754', () => {
    expect(hex(new ProtoWriter().float(2, 1.5).finish())).toBe('150000c03f');
    expect(hex(new ProtoWriter().double(10, -2).finish())).toBe('5100000000000000c0');
  });
});

describe('ProtoReader', () => {
  test('reads what the guide encodes', () => {
    const r = new ProtoReader(fromHex('089601 120774657374696e67 2206038e029ea705 1a03089601'));
    const seen: unknown[] = [];
    forEachField(r, (field, wireType, reader) => {
      if (field === 1) seen.push(reader.varint());
      else if (field === 2) seen.push(reader.string());
      else if (field === 4) {
        const out: number[] = [];
        reader.repeatedInt64(wireType, out);
        seen.push(out);
      } else if (field === 3) {
        const inner = reader.sub();
        inner.tag();
        seen.push({ a: inner.varint() });
      } else return false;
    });
    expect(seen).toEqual([150, 'testing', [3, 270, 86942], { a: 150 }]);
  });

  test('int64 reads negative two-complement varints exactly', () => {
    expect(new ProtoReader(fromHex('ffffffffffffffffff01')).int64()).toBe(-1);
    expect(new ProtoReader(fromHex('feffffffffffffffff01')).int64Big()).toBe(-2n);
    const big = 2 ** 52 + 3;
    expect(new ProtoReader(new ProtoWriter().rawInt64(big).finish()).int64()).toBe(big);
  });

  test('unpacked repeated values read the same as packed', () => {
    const w = new ProtoWriter().int64(4, 3).int64(4, 270).float(5, 0.25).float(5, 4);
    const ints: number[] = [];
    const floats: number[] = [];
    forEachField(new ProtoReader(w.finish()), (field, wireType, reader) => {
      if (field === 4) reader.repeatedInt64(wireType, ints);
      else if (field === 5) reader.repeatedFloat(wireType, floats);
      else return false;
    });
    expect(ints).toEqual([3, 270]);
    expect(floats).toEqual([0.25, 4]);
  });

  test('unknown fields of every wire type are skipped', () => {
    const w = new ProtoWriter().int64(9, 5).fixed64(10, 7n).fixed32(11, 9).string(12, 'x').int64(1, 42);
    let value = 0;
    forEachField(new ProtoReader(w.finish()), (field, _wt, reader) => {
      if (field !== 1) return false;
      value = reader.varint();
    });
    expect(value).toBe(42);
  });

  test('a cut-short message is a ProtoDecodeError, not a garbage value', () => {
    const bytes = new ProtoWriter().string(2, 'testing').finish();
    const r = new ProtoReader(bytes.subarray(0, 5));
    expect(() => forEachField(r, (_f, _w, reader) => void reader.string())).toThrow(ProtoDecodeError);
    expect(() => new ProtoReader(fromHex('96')).varint()).toThrow(/Truncated varint/);
  });

  test('field number 0 and wire types 6, 7 are rejected', () => {
    expect(() => new ProtoReader(fromHex('00')).tag()).toThrow(ProtoDecodeError);
    expect(() => new ProtoReader(fromHex('0e')).tag()).toThrow(ProtoDecodeError);
  });

  test('writer grows past its initial capacity', () => {
    const values = Array.from({ length: 5000 }, (_, i) => i * 1.5);
    const bytes = new ProtoWriter(4).packedDouble(1, values).finish();
    const out: number[] = [];
    const r = new ProtoReader(bytes);
    const { wireType } = r.tag();
    expect(wireType).toBe(WireType.LengthDelimited);
    r.repeatedDouble(wireType, out);
    expect(out).toEqual(values);
  });

  test('fixed-width fields and nested messages survive the buffer growing under them', () => {
    const w = new ProtoWriter(1);
    for (let i = 0; i < 100; i++) w.float(1, i + 0.5).double(2, -i).message(3, (m) => m.string(1, 'x'.repeat(i)));
    const floats: number[] = [];
    const doubles: number[] = [];
    const lengths: number[] = [];
    forEachField(new ProtoReader(w.finish()), (field, wireType, reader) => {
      if (field === 1) reader.repeatedFloat(wireType, floats);
      else if (field === 2) reader.repeatedDouble(wireType, doubles);
      else if (field === 3) {
        const inner = reader.sub();
        inner.tag();
        lengths.push(inner.string().length);
      } else return false;
    });
    expect(floats).toEqual(Array.from({ length: 100 }, (_, i) => i + 0.5));
    expect(doubles).toEqual(Array.from({ length: 100 }, (_, i) => -i));
    expect(lengths).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
