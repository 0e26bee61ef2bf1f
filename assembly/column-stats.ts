// AssemblyScript, compiled by scripts/build-wasm.mjs into shared/validate/stats/column-stats-wasm.ts.
// The per-value loops of a numeric column's batch statistics (shared/validate/stats/column-kernel.ts
// drives them): the moments' two passes and the fractional count, the quantile sketch's buckets and
// HyperLogLog's registers (and its estimate's pass over them). Each loop gives what the JavaScript
// one of moments.ts, column-profile.ts, quantile-sketch.ts and hyperloglog.ts gives, to the bit:
// sums in the same order, the same hashes (four at a time where that is faster, with SIMD) and the
// same bucket indexes; those stay the reference and the fallback.
// All memory is laid out here at fixed offsets above the module's own data; nothing is allocated.

/** most values a call reads (the caller copies a longer batch in pieces, or takes the JavaScript loops) */
const CAPACITY: i32 = 65536;
/** the quantile sketch's largest bucket store (MAX_BUCKETS in quantile-sketch.ts) */
const MAX_BUCKETS: i32 = 4096;
const REGISTERS: i32 = 16384;
const HLL_PRECISION: u32 = 14;

const VALUES: usize = 65536;
const POSITIVE: usize = VALUES + (<usize>CAPACITY << 3);
const NEGATIVE: usize = POSITIVE + (<usize>MAX_BUCKETS << 3);
const REGISTERS_AT: usize = NEGATIVE + (<usize>MAX_BUCKETS << 3);
const RESULT: usize = REGISTERS_AT + <usize>REGISTERS;
/** HyperLogLog's exact hashes while it keeps them: HashSet32's slots (hash-set.ts), 8,192 of them */
const SET_SLOTS: u32 = 8192;
const SET_AT: usize = RESULT + 64;
/** rows a rowCandidates call reads at most, and where it writes their priorities (f64) and indexes (i32) */
const ROW_CHUNK: i32 = 16384;
const PRIORITIES: usize = SET_AT + (<usize>SET_SLOTS << 2);
const ROW_INDEXES: usize = PRIORITIES + (<usize>ROW_CHUNK << 3);
/** the first NaN values' indexes that `sums` notes (i32), for the missing-values rule's examples (MAX_EXAMPLES in rule-result.ts) */
const FIRST_NAN: i32 = 5;
const FIRST_NAN_AT: usize = ROW_INDEXES + (<usize>ROW_CHUNK << 2);

export function valuesAt(): usize {
  return VALUES;
}
export function positiveAt(): usize {
  return POSITIVE;
}
export function negativeAt(): usize {
  return NEGATIVE;
}
export function registersAt(): usize {
  return REGISTERS_AT;
}
/** where each call writes what it found, as f64 */
export function resultAt(): usize {
  return RESULT;
}
export function capacity(): i32 {
  return CAPACITY;
}
export function setAt(): usize {
  return SET_AT;
}
export function setSlots(): i32 {
  return SET_SLOTS;
}
export function prioritiesAt(): usize {
  return PRIORITIES;
}
export function rowIndexesAt(): usize {
  return ROW_INDEXES;
}
export function rowChunk(): i32 {
  return ROW_CHUNK;
}
export function firstNaNAt(): usize {
  return FIRST_NAN_AT;
}
export function firstNaNs(): i32 {
  return FIRST_NAN;
}
/** the first byte this module's own data does not use: the layout above must start after it */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * count, sum, min, max and the count with a fractional part of the non-NaN values, into
 * RESULT[0..4]; the indexes of the first FIRST_NAN NaN values at FIRST_NAN_AT
 */
export function sums(n: i32): void {
  let nans: i32 = 0;
  let count: f64 = 0;
  let sum: f64 = 0;
  let min: f64 = Infinity;
  let max: f64 = -Infinity;
  let fractional: f64 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const v = load<f64>(VALUES + (<usize>i << 3));
    if (v != v) {
      if (nans < FIRST_NAN) store<i32>(FIRST_NAN_AT + (<usize>nans << 2), i);
      nans++;
      continue;
    }
    count += 1;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v != Math.floor(v)) fractional += 1;
  }
  store<f64>(RESULT, count);
  store<f64>(RESULT, sum, 8);
  store<f64>(RESULT, min, 16);
  store<f64>(RESULT, max, 24);
  store<f64>(RESULT, fractional, 32);
}

/** the sum of squared deviations from `mean` and the sum of the deviations, into RESULT[0..1] */
export function deviations(n: i32, mean: f64): void {
  let m2: f64 = 0;
  let drift: f64 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const v = load<f64>(VALUES + (<usize>i << 3));
    if (v != v) continue;
    const d = v - mean;
    m2 += d * d;
    drift += d;
  }
  store<f64>(RESULT, m2);
  store<f64>(RESULT, drift, 8);
}

/** the murmur3 finalizer (hash.ts, mix32) */
// @ts-ignore: decorator
@inline
function mix32(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  h *= 0xc2b2ae35;
  h ^= h >>> 16;
  return h;
}

/** hash.ts's combine: one murmur3 round of `k` into `h` */
// @ts-ignore: decorator
@inline
function combine(h: u32, k: u32): u32 {
  k *= 0xcc9e2d51;
  k = rotl<u32>(k, 15);
  k *= 0x1b873593;
  h ^= k;
  h = rotl<u32>(h, 13);
  return h * 5 + 0xe6546b64;
}

/**
 * The row sample's candidates of a batch (sampleCandidates in dataset-profile.ts): for rows
 * `first` … `first + rows - 1` of the file hashed to `key`, each row's priority unitHash(key, row)
 * (hash.ts), skipping those at or above `bound` (by the first hash alone where it already says so).
 * Writes the priorities below `bound` at PRIORITIES and their row's place in the batch (`base` + r)
 * at ROW_INDEXES, in row order; returns how many. Rows: at most ROW_CHUNK.
 */
export function rowCandidates(key: u32, first: f64, rows: i32, bound: f64, base: i32): i32 {
  let count: i32 = 0;
  const start = <u64>first;
  for (let r: i32 = 0; r < rows; r++) {
    const index = start + <u64>r;
    const low = <u32>index;
    const high = <u32>(index >> 32);
    const hashHigh = mix32(combine(combine(key, low), high) ^ 0x9e3779b9);
    if (<f64>(hashHigh >>> 5) / 134217728.0 >= bound) continue;
    const hashLow = mix32(combine(combine(key ^ 0x7f4a7c15, low), hashHigh));
    const priority = (<f64>(hashHigh >>> 5) * 67108864.0 + <f64>(hashLow >>> 6)) / 9007199254740992.0;
    if (priority >= bound) continue;
    store<f64>(PRIORITIES + (<usize>count << 3), priority);
    store<i32>(ROW_INDEXES + (<usize>count << 2), base + r);
    count++;
  }
  return count;
}

/** hashFloatWords (hash.ts) of the value at `at`, not NaN: -0 hashed as 0 */
// @ts-ignore: decorator
@inline
function hashAt(at: usize): u32 {
  const high: u32 = load<f64>(at) == 0 ? 0 : load<u32>(at, 4);
  return mix32(load<u32>(at) ^ (high * 0x9e3779b1) ^ (high >>> 16));
}

/** mix32 of four hashes at once */
// @ts-ignore: decorator
@inline
function mix32x4(h: v128): v128 {
  h = v128.xor(h, i32x4.shr_u(h, 16));
  h = i32x4.mul(h, i32x4.splat(0x85ebca6b));
  h = v128.xor(h, i32x4.shr_u(h, 13));
  h = i32x4.mul(h, i32x4.splat(0xc2b2ae35));
  return v128.xor(h, i32x4.shr_u(h, 16));
}

/** HyperLogLog's register for `hash` raised to the hash's rank, if that is higher */
// @ts-ignore: decorator
@inline
function raise(hash: u32): void {
  const index = <usize>(hash >>> (32 - HLL_PRECISION));
  const rank = <u8>(clz<u32>((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1);
  if (rank > load<u8>(REGISTERS_AT + index)) store<u8>(REGISTERS_AT + index, rank);
}

/**
 * HyperLogLog.addNumbers once the registers are in use, for values from `from`: hashFloatWords of
 * every non-NaN value, -0 as 0. Four values are hashed at once (the multiplies were most of the
 * loop) and their registers raised in order; four with a NaN among them go value by value.
 */
export function registers(n: i32, from: i32): void {
  let i: i32 = from;
  for (; i + 3 < n; i += 4) {
    const at = VALUES + (<usize>i << 3);
    const p = v128.load(at);
    const q = v128.load(at, 16);
    if (v128.any_true(v128.or(f64x2.ne(p, p), f64x2.ne(q, q)))) {
      for (let k: usize = 0; k < 32; k += 8) if (load<f64>(at + k) == load<f64>(at + k)) raise(hashAt(at + k));
      continue;
    }
    const lows = i32x4.shuffle(p, q, 0, 2, 4, 6);
    // a zero's high word taken as 0 (-0 hashes as 0 does)
    const zeros = i32x4.shuffle(f64x2.eq(p, f64x2.splat(0)), f64x2.eq(q, f64x2.splat(0)), 1, 3, 5, 7);
    const highs = v128.andnot(i32x4.shuffle(p, q, 1, 3, 5, 7), zeros);
    const hashes = mix32x4(v128.xor(v128.xor(lows, i32x4.mul(highs, i32x4.splat(0x9e3779b1))), i32x4.shr_u(highs, 16)));
    raise(i32x4.extract_lane(hashes, 0));
    raise(i32x4.extract_lane(hashes, 1));
    raise(i32x4.extract_lane(hashes, 2));
    raise(i32x4.extract_lane(hashes, 3));
  }
  for (; i < n; i++) {
    const at = VALUES + (<usize>i << 3);
    if (load<f64>(at) == load<f64>(at)) raise(hashAt(at));
  }
}

/**
 * HyperLogLog.addNumbers while it keeps its hashes exactly, for values from `from`: HashSet32.add of
 * hashFloatWords of every non-NaN value (-0 as 0) on the set at SET_AT, which holds `size` hashes
 * (`hasZero`: the hash 0 among them, which no slot holds), until it holds more than `limit`.
 * Returns the index after the value that took it past `limit`, or `n`; RESULT[0..1]: the size and
 * hasZero after. (The set never grows here: 8,192 slots are twice the limit HyperLogLog gives it.)
 */
export function exact(n: i32, from: i32, size: i32, hasZero: i32, limit: i32): i32 {
  let i = from;
  while (i < n) {
    const at = VALUES + (<usize>i << 3);
    const v = load<f64>(at);
    i++;
    if (v != v) continue;
    const hash = hashAt(at);
    if (hash == 0) {
      if (!hasZero) {
        hasZero = 1;
        size++;
      }
    } else {
      // Fibonacci hashing, linear probing: HashSet32.add's slot for the hash
      for (let slot = (hash * 0x9e3779b1) & (SET_SLOTS - 1); ; slot = (slot + 1) & (SET_SLOTS - 1)) {
        const to = SET_AT + (<usize>slot << 2);
        const held = load<u32>(to);
        if (held == hash) break;
        if (held != 0) continue;
        store<u32>(to, hash);
        size++;
        break;
      }
    }
    if (size > limit) break;
  }
  store<f64>(RESULT, <f64>size);
  store<f64>(RESULT, <f64>hasZero, 8);
  return i;
}

/**
 * The quantile sketch's QuantileSketch.addWords for values from `from`: zero and subnormals counted,
 * NaN and infinities skipped, every other value added to its sign's bucket store, whose counts are
 * at POSITIVE (`positiveLength` buckets from index `positiveOffset`) and NEGATIVE. Returns the
 * first value whose bucket is outside its store (the caller adds it, growing the store, and calls
 * again after it), or `n`; RESULT[0..2]: values added to the positive store, the negative, zero.
 */
export function buckets(n: i32, from: i32, bucketsPerOctave: f64, positiveOffset: i32, positiveLength: i32, negativeOffset: i32, negativeLength: i32): i32 {
  let positive: f64 = 0;
  let negative: f64 = 0;
  let zero: f64 = 0;
  let i = from;
  for (; i < n; i++) {
    const at = VALUES + (<usize>i << 3);
    const high = load<u32>(at, 4);
    const biased = (high >>> 20) & 0x7ff;
    if (biased == 0x7ff) continue;
    if (biased == 0) {
      zero += 1;
      continue;
    }
    const exponent = <i32>biased - 1023;
    // the mantissa's 52 bits times 2^-52, exactly: 1.mantissa (the bits under a zero exponent) less 1
    const fraction = reinterpret<f64>((load<u64>(at) & 0x000fffffffffffff) | 0x3ff0000000000000) - 1.0;
    const index = <i32>Math.ceil((<f64>exponent + fraction) * bucketsPerOctave);
    if (high >>> 31) {
      const k = index - negativeOffset;
      if (k < 0 || k >= negativeLength) break;
      const to = NEGATIVE + (<usize>k << 3);
      store<f64>(to, load<f64>(to) + 1);
      negative += 1;
    } else {
      const k = index - positiveOffset;
      if (k < 0 || k >= positiveLength) break;
      const to = POSITIVE + (<usize>k << 3);
      store<f64>(to, load<f64>(to) + 1);
      positive += 1;
    }
  }
  store<f64>(RESULT, positive);
  store<f64>(RESULT, negative, 8);
  store<f64>(RESULT, zero, 16);
  return i;
}

/**
 * HyperLogLog.estimate's pass over the registers at REGISTERS_AT: the sum of 2^-register and the
 * count of registers at zero, into RESULT[0..1]. 2^-r is the double whose exponent field is 1023 - r,
 * exactly INVERSE_POWERS[r] in hyperloglog.ts (a register holds at most 19).
 */
export function registerSums(): void {
  let sum: f64 = 0;
  let zeros: f64 = 0;
  for (let i: i32 = 0; i < REGISTERS; i++) {
    const r = <u64>load<u8>(REGISTERS_AT + <usize>i);
    sum += reinterpret<f64>((<u64>1023 - r) << 52);
    if (r == 0) zeros += 1;
  }
  store<f64>(RESULT, sum);
  store<f64>(RESULT, zeros, 8);
}
