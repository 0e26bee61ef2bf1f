/**
 * ONNX TensorProto.DataType codes and the names onnxruntime uses for them ('float32', 'int64'...),
 * which is how the rest of mlci talks about element types.
 */
const NAMES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  14: 'complex64',
  15: 'complex128',
  16: 'bfloat16',
  17: 'float8e4m3fn',
  18: 'float8e4m3fnuz',
  19: 'float8e5m2',
  20: 'float8e5m2fnuz',
  21: 'uint4',
  22: 'int4',
  23: 'float4e2m1',
};

const CODES: Record<string, number> = Object.fromEntries(Object.entries(NAMES).map(([code, name]) => [name, Number(code)]));

/** the element type's name, or `type<code>` for a code this table does not know */
export function elementTypeName(code: number): string {
  return NAMES[code] ?? `type${code}`;
}

export function elementTypeCode(name: string): number {
  const code = CODES[name];
  if (code === undefined) throw new RangeError(`Unknown ONNX element type "${name}"`);
  return code;
}
