/**
 * The common JSON inference request (decode-fast.ts's), read straight from a small body's bytes:
 * no text decoding, no JSON.parse objects, no interned keys. It accepts exactly the requests
 * decodeCommonRequest accepts after JSON.parse, and only when the body is plain: ASCII strings
 * without escapes, keys at most once, shape dims as plain digits. Anything else returns
 * undefined and the body takes the JSON.parse path, which gives the same tensors for what this
 * reads and every error for what it does not.
 *
 * Numbers come out as JSON.parse gives them (correctly rounded doubles): up to 15 significant
 * digits and a decimal exponent within ±22 the value is digits × or ÷ a power of ten, both
 * exact, so the one rounding of that operation is the correct one (Clinger's fast path); any
 * other number goes through Number() on its text.
 */
import { MAX_ELEMENTS, elementCount, pooledFloats, type InferRequest, type Tensor } from './tensor.js';
// imported rather than the globals: Node defines those on globalThis as getters, called on every use
import { Buffer } from 'node:buffer';

/** bodies up to this size are read here; a larger one (many rows) takes the JSON.parse path */
export const SMALL_BODY_BYTES = 4096;

const FAIL = -1;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** every number of a body of SMALL_BODY_BYTES fits (each takes a digit and a separator at least) */
const scratch = new Float64Array(SMALL_BODY_BYTES / 2 + 1);
/** a shape's dims as read (a body of SMALL_BODY_BYTES has fewer) */
const dims = new Float64Array(SMALL_BODY_BYTES / 2 + 1);

// The body is copied into `bytes` with a 0 after it: every read is in bounds and a number (a read
// past the end would give undefined, and the compiled reader would compare generically), and 0
// matches no byte the reader looks for. `end` is the body's length, `at` the reader's place; one
// body is read at a time (the event loop's thread, no await in between).
const bytes = new Uint8Array(SMALL_BODY_BYTES + 1);
let end = 0;
let at = 0;
const EMPTY = Buffer.alloc(0);
/** the body, for the text of a number the fast path does not take; EMPTY between bodies (none kept alive) */
let source: Buffer = EMPTY;

export function decodeSmallRequest(body: Buffer): InferRequest | undefined {
  if (body.length > SMALL_BODY_BYTES) return undefined;
  bytes.set(body);
  bytes[body.length] = 0;
  end = body.length;
  at = 0;
  source = body;
  try {
    return readRequest();
  } finally {
    source = EMPTY;
  }
}

function readRequest(): InferRequest | undefined {
  if (!take(0x7b)) return undefined;
  let inputs: Tensor[] | undefined;
  let id: string | undefined;
  if (!take(0x7d)) {
    do {
      const key = readKey();
      if (key === undefined || !take(0x3a)) return undefined;
      if (key === 'inputs' && inputs === undefined) {
        inputs = readInputs();
        if (inputs === undefined) return undefined;
      } else if (key === 'id' && id === undefined) {
        id = readString();
        if (id === undefined) return undefined;
      } else {
        return undefined;
      }
    } while (take(0x2c));
    if (!take(0x7d)) return undefined;
  }
  skipSpace();
  if (at !== end || inputs === undefined) return undefined;
  return id === undefined ? { inputs, binaryOutputs: false } : { id, inputs, binaryOutputs: false };
}

function readInputs(): Tensor[] | undefined {
  if (!take(0x5b) || take(0x5d)) return undefined;
  const inputs: Tensor[] = [];
  do {
    const input = readInput();
    if (!input) return undefined;
    inputs.push(input);
  } while (take(0x2c));
  return take(0x5d) ? inputs : undefined;
}

function readInput(): Tensor | undefined {
  if (!take(0x7b)) return undefined;
  let name: string | undefined;
  let shape: number[] | undefined;
  let datatype: 'FP32' | 'FP64' | undefined;
  let found = FAIL;
  do {
    const key = readKey();
    if (key === undefined || !take(0x3a)) return undefined;
    if (key === 'name' && name === undefined) {
      name = readString();
      if (!name) return undefined;
    } else if (key === 'shape' && shape === undefined) {
      shape = readShape();
      if (!shape) return undefined;
    } else if (key === 'datatype' && datatype === undefined) {
      const text = readString();
      if (text !== 'FP32' && text !== 'FP64') return undefined;
      datatype = text;
    } else if (key === 'data' && found === FAIL) {
      found = readData();
      if (found === FAIL) return undefined;
    } else {
      return undefined;
    }
  } while (take(0x2c));
  if (!take(0x7d) || name === undefined || shape === undefined || datatype === undefined || found === FAIL) return undefined;
  const count = elementCount(shape);
  if (count !== found) return undefined;
  const data = pooledFloats(datatype, count);
  for (let i = 0; i < count; i++) data[i] = scratch[i]!;
  return { name, datatype, shape, data };
}

/** an array of dims, each plain digits (a safe integer, the product at most MAX_ELEMENTS) */
function readShape(): number[] | undefined {
  if (!take(0x5b)) return undefined;
  if (take(0x5d)) return [];
  let n = 0;
  let product = 1;
  do {
    skipSpace();
    const start = at;
    let value = 0;
    for (let c = bytes[at]!; c >= 0x30 && c <= 0x39; c = bytes[++at]!) value = value * 10 + c - 0x30;
    const digits = at - start;
    // a leading zero is not JSON; 16 digits may pass the safe integers
    if (digits === 0 || digits > 15 || (digits > 1 && bytes[start] === 0x30)) return undefined;
    product *= value;
    if (product > MAX_ELEMENTS || n === dims.length) return undefined;
    dims[n++] = value;
  } while (take(0x2c));
  if (!take(0x5d)) return undefined;
  // an array of its own length (a pushed-to array would carry spare room)
  return n === 2 ? [dims[0]!, dims[1]!] : n === 1 ? [dims[0]!] : Array.from(dims.subarray(0, n));
}

/** the values of `data`, flat or one level of rows, into scratch; their count, or FAIL */
function readData(): number {
  if (!take(0x5b)) return FAIL;
  let n = 0;
  if (take(0x5d)) return 0;
  do {
    if (take(0x5b)) {
      if (take(0x5d)) continue;
      do {
        if (n === scratch.length || !readNumber(n)) return FAIL;
        n++;
      } while (take(0x2c));
      if (!take(0x5d)) return FAIL;
    } else {
      if (n === scratch.length || !readNumber(n)) return FAIL;
      n++;
    }
  } while (take(0x2c));
  return take(0x5d) ? n : FAIL;
}

/**
 * One JSON number as JSON.parse reads it, into scratch[n]; false when the text is not one. (Stored,
 * not returned: a double returned from a call that is not inlined is a heap number, an allocation
 * per value.)
 */
function readNumber(n: number): boolean {
  skipSpace();
  const b = bytes;
  const start = at;
  let i = at;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let c = b[i]!;
  if (c === 0x30) {
    c = b[++i]!;
  } else if (c >= 0x31 && c <= 0x39) {
    do {
      mantissa = mantissa * 10 + c - 0x30;
      digits++;
      c = b[++i]!;
    } while (c >= 0x30 && c <= 0x39);
  } else {
    return false;
  }
  let exponent = 0;
  if (c === 0x2e) {
    const first = ++i;
    c = b[i]!;
    while (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + c - 0x30;
      digits++;
      c = b[++i]!;
    }
    if (i === first) return false;
    exponent = first - i;
  }
  if (c === 0x65 || c === 0x45) {
    c = b[++i]!;
    let sign = 1;
    if (c === 0x2b) c = b[++i]!;
    else if (c === 0x2d) {
      sign = -1;
      c = b[++i]!;
    }
    const first = i;
    let e = 0;
    while (c >= 0x30 && c <= 0x39) {
      if (e < 100_000) e = e * 10 + c - 0x30;
      c = b[++i]!;
    }
    if (i === first) return false;
    exponent += sign * e;
  }
  at = i;
  if (digits <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent < 0 ? mantissa / POW10[-exponent]! : mantissa * POW10[exponent]!;
    scratch[n] = negative ? -value : value;
  } else {
    scratch[n] = Number(source.toString('latin1', start, i));
  }
  return true;
}

const KEYS = ['id', 'inputs', 'name', 'shape', 'datatype', 'data'] as const;
type Key = (typeof KEYS)[number];
const KEY_BYTES = KEYS.map((k) => Buffer.from(`"${k}"`, 'latin1'));

/** one of the keys the common request has, compared as bytes (no string made); undefined for any other */
function readKey(): Key | undefined {
  skipSpace();
  for (let k = 0; k < KEYS.length; k++) {
    const key = KEY_BYTES[k]!;
    if (at + key.length > end) continue;
    let i = 0;
    while (i < key.length && bytes[at + i] === key[i]) i++;
    if (i === key.length) {
      at += key.length;
      return KEYS[k];
    }
  }
  return undefined;
}

/** a string of printable ASCII without escapes; undefined for anything else (the JSON.parse path reads it) */
function readString(): string | undefined {
  if (!take(0x22)) return undefined;
  const start = at;
  for (let c = bytes[at]!; c !== 0x22; c = bytes[++at]!) {
    // the 0 after the body ends an unterminated string here too
    if (c < 0x20 || c > 0x7e || c === 0x5c) return undefined;
  }
  return source.toString('latin1', start, at++);
}

/** skips JSON whitespace, then takes `byte` if it is next */
function take(byte: number): boolean {
  skipSpace();
  if (bytes[at] !== byte) return false;
  at++;
  return true;
}

function skipSpace(): void {
  let c = bytes[at]!;
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++at]!;
}
