import { endianness } from 'node:os';

/**
 * Doubles as text, exactly: IEEE 754 binary64, little-endian, base64. For the large all-number
 * arrays of a JSON file (statistics.json's row sample): printing a double as a JSON number costs
 * about 90 ns (its shortest decimal form), base64 of its 8 bytes a few; reading back skips the
 * decimal parse too, and every bit comes back (NaN included, which JSON can only write as null).
 */
export interface Float64Json {
  float64: string;
}

const littleEndian = endianness() === 'LE';

/** `values` as base64 of their little-endian bytes */
export function float64Base64(values: Float64Array): string {
  if (littleEndian) return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
  const bytes = Buffer.alloc(values.length * 8);
  for (let k = 0; k < values.length; k++) bytes.writeDoubleLE(values[k]!, k * 8);
  return bytes.toString('base64');
}

/** whether `value` has the shape float64Base64's JSON wrapper gives (`{ "float64": "…" }`) */
export function isFloat64Json(value: unknown): value is Float64Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Float64Json).float64 === 'string';
}

/**
 * The doubles of float64Base64's text. Throws when it is not base64 of whole doubles (`what` names
 * the array in the message), rather than reading a damaged file as other numbers.
 */
export function float64FromBase64(text: string, what: string): Float64Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error(`${what} is not base64 text`);
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 8 !== 0) throw new Error(`${what} holds ${bytes.length} bytes, not a whole number of 8-byte doubles`);
  const out = new Float64Array(bytes.length / 8);
  if (littleEndian) new Uint8Array(out.buffer).set(bytes);
  else for (let k = 0; k < out.length; k++) out[k] = bytes.readDoubleLE(k * 8);
  return out;
}
