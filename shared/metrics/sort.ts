/**
 * Argsort of floating-point scores by an LSD radix sort over their bit patterns, O(n) per pass.
 * Ranking metrics sort the scores once and reuse the order for every bootstrap resample, so this
 * runs once per model; it beats a comparison sort on the millions of rows it is meant for.
 *
 * A float's bits, with the sign bit flipped for positives and all bits flipped for negatives, sort
 * as unsigned integers in the float's numeric order; -0 is given +0's key, so equal scores have equal
 * keys and ties can be found on the sorted keys. NaN must not occur: the inputs are checked before.
 */

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;

/** Row indices in ascending order of score, and the scores' sort keys in that same order. */
export interface SortedScores {
  order: Uint32Array;
  /** sort keys by position, most significant word last (one word for float32, two for float64); equal keys = equal scores */
  keys: Uint32Array[];
}

/**
 * Sorts `values[offset + i * stride]`, i in 0..n-1, ascending (stable). The stride lets one class's
 * column of a row-major probability matrix be sorted where it lies.
 */
export function argsortAscending(values: Float32Array | Float64Array, n: number, offset = 0, stride = 1): Uint32Array {
  return sortScores(values, n, offset, stride).order;
}

export function sortScores(values: Float32Array | Float64Array, n: number, offset = 0, stride = 1): SortedScores {
  // BYTES_PER_ELEMENT rather than instanceof: arrays from onnxruntime's native side may come from another realm
  return values.BYTES_PER_ELEMENT === 4 ? sortFloat32(values as Float32Array, n, offset, stride) : sortFloat64(values as Float64Array, n, offset, stride);
}

function sortFloat32(values: Float32Array, n: number, offset: number, stride: number): SortedScores {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const u = bits[offset + i * stride]!;
    // -0 takes +0's key, so that equal scores have equal keys
    keys[i] = u === 0x80000000 ? 0x80000000 : (u & 0x80000000) !== 0 ? ~u >>> 0 : (u | 0x80000000) >>> 0;
  }
  return radixSort(n, [keys]);
}

function sortFloat64(values: Float64Array, n: number, offset: number, stride: number): SortedScores {
  // little-endian halves: [low word, high word] per double (every platform Node runs on)
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = 2 * (offset + i * stride);
    const hi = bits[at + 1]!;
    const lo = bits[at]!;
    if (hi === 0x80000000 && lo === 0) {
      high[i] = 0x80000000; // -0 as +0
    } else if ((hi & 0x80000000) !== 0) {
      high[i] = ~hi >>> 0;
      low[i] = ~lo >>> 0;
    } else {
      high[i] = (hi | 0x80000000) >>> 0;
      low[i] = lo;
    }
  }
  return radixSort(n, [low, high]);
}

/** LSD passes over the key words from least to most significant, skipping digits all keys share. */
function radixSort(n: number, words: Uint32Array[]): SortedScores {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spareOrder = new Uint32Array(n);
  // the keys travel with the order, so each pass reads them sequentially
  let keys: Uint32Array[] = words;
  let spareKeys: Uint32Array[] = words.map(() => new Uint32Array(n));
  const counts = new Uint32Array(BUCKETS);
  for (let w = 0; w < words.length; w++) {
    for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
      if (!bucketStarts(keys[w]!, shift, counts)) continue;
      const other = keys.length === 2 ? keys[1 - w]! : undefined;
      scatter(keys[w]!, other, order, shift, counts, spareKeys[w]!, other && spareKeys[1 - w]!, spareOrder);
      [order, spareOrder] = [spareOrder, order];
      [keys, spareKeys] = [spareKeys, keys];
    }
  }
  return { order, keys };
}

/** Fills `counts` with each digit's first position; false when every key has the same digit. */
function bucketStarts(key: Uint32Array, shift: number, counts: Uint32Array): boolean {
  counts.fill(0);
  const n = key.length;
  for (let i = 0; i < n; i++) counts[(key[i]! >>> shift) & DIGIT_MASK]!++;
  if (n === 0 || counts[(key[0]! >>> shift) & DIGIT_MASK] === n) return false;
  let sum = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
  return true;
}

function scatter(
  key: Uint32Array, other: Uint32Array | undefined, order: Uint32Array, shift: number, counts: Uint32Array,
  keyOut: Uint32Array, otherOut: Uint32Array | undefined, orderOut: Uint32Array,
): void {
  const n = key.length;
  if (other && otherOut) {
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      const dest = counts[(k >>> shift) & DIGIT_MASK]!++;
      keyOut[dest] = k;
      otherOut[dest] = other[i]!;
      orderOut[dest] = order[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      const dest = counts[(k >>> shift) & DIGIT_MASK]!++;
      keyOut[dest] = k;
      orderOut[dest] = order[i]!;
    }
  }
}
