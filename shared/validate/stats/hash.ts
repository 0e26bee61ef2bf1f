/**
 * Fast 32-bit hashes for sketches (HyperLogLog, row sampling). Not cryptographic: they only need to
 * spread values evenly, and to be the same on every machine so that sketches from shards merge.
 */
const floatView = new Float64Array(1);
const wordView = new Uint32Array(floatView.buffer);

/** the murmur3 finalizer: a bijection on 32 bits that mixes every input bit into every output bit */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * hash of a number by its IEEE bits; -0 hashes as 0 so that equal values hash equally. One
 * multiply folds the high word into the low one before the finalizer: cheap enough for every cell.
 */
export function hashNumber(value: number, seed = 0): number {
  floatView[0] = value === 0 ? 0 : value;
  return hashFloatWords(wordView[0]!, wordView[1]!, seed);
}

/** hashNumber from the two 32-bit halves (low, high) of a double other than -0: for reading arrays in place */
export function hashFloatWords(low: number, high: number, seed = 0): number {
  return mix32((low ^ Math.imul(high ^ seed, 0x9e3779b1) ^ (high >>> 16)) >>> 0);
}

/** hash of a string by its UTF-16 code units, two at a time */
export function hashString(value: string, seed = 0): number {
  let h = seed;
  const n = value.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = combine(h, value.charCodeAt(i) | (value.charCodeAt(i + 1) << 16));
  if (i < n) h = combine(h, value.charCodeAt(i));
  return mix32(h ^ n);
}

/** a uniform number in [0, 1) from two independent 32-bit hashes of (key, index): 53 bits */
export function unitHash(key: number, index: number): number {
  return unitHashFrom(unitHashHigh(key, index), key, index);
}

/**
 * The first of unitHash's two hashes: unitHash(key, index) ≥ (high >>> 5) / 2^27 for
 * high = unitHashHigh(key, index), so a caller after small values can skip the second hash.
 */
export function unitHashHigh(key: number, index: number): number {
  return mix32(combine(combine(key, index), Math.floor(index / 4294967296)) ^ 0x9e3779b9);
}

/** unitHash(key, index) from its first hash */
export function unitHashFrom(high: number, key: number, index: number): number {
  const lo = mix32(combine(combine(key ^ 0x7f4a7c15, index), high));
  return ((high >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
}
