/**
 * An in-place sort of 32-bit keys, with an optional 32-bit payload moved alongside: an MSD radix
 * sort (American flag sort, a byte a level) that needs no second copy of the arrays, where the
 * LSD sort in sort.ts needs one of each. It is what lets the ranking metrics sort the scores of
 * tens of millions of rows in 4 bytes a row (8 with the row numbers) instead of 16.
 *
 * The radix passes do not keep equal keys in their order, so equal keys are then put in the order
 * of their payloads: with the row numbers as payload, the result is exactly what a stable sort by
 * key gives.
 */

const SMALL = 48;

export function sortKeysInPlace(keys: Uint32Array, payload?: Uint32Array): void {
  if (payload && payload.length !== keys.length) throw new Error(`payload has ${payload.length} values, keys ${keys.length}`);
  // one bucket table per level (the recursion is 4 deep), and one set of heads, reused by every range
  const scratch = { ends: Array.from({ length: 4 }, () => new Uint32Array(257)), heads: new Uint32Array(256) };
  sortRange(keys, payload, 0, keys.length, 24, scratch);
}

interface Scratch {
  ends: Uint32Array[];
  heads: Uint32Array;
}

function sortRange(keys: Uint32Array, payload: Uint32Array | undefined, lo: number, hi: number, shift: number, scratch: Scratch): void {
  if (hi - lo < 2) return;
  if (hi - lo <= SMALL) {
    insertionSort(keys, payload, lo, hi);
    return;
  }
  if (shift < 0) {
    // every key in the range is the same: order by payload
    if (payload) payload.subarray(lo, hi).sort();
    return;
  }
  const ends = scratch.ends[(24 - shift) >> 3]!;
  ends.fill(0);
  for (let i = lo; i < hi; i++) ends[((keys[i]! >>> shift) & 255) + 1]!++;
  for (let b = 0; b < 256; b++) ends[b + 1]! += ends[b]!;
  // all keys share this byte: nothing to move at this level
  const first = (keys[lo]! >>> shift) & 255;
  if (ends[first + 1]! - ends[first]! === hi - lo) {
    sortRange(keys, payload, lo, hi, shift - 8, scratch);
    return;
  }
  const heads = scratch.heads;
  for (let b = 0; b < 256; b++) heads[b] = lo + ends[b]!;
  if (payload) permuteWithPayload(keys, payload, lo, ends, heads, shift);
  else permute(keys, lo, ends, heads, shift);
  for (let b = 0; b < 256; b++) sortRange(keys, payload, lo + ends[b]!, lo + ends[b + 1]!, shift - 8, scratch);
}

/** the American flag permutation: each key goes to the next free place of its byte's bucket, in cycles */
function permute(keys: Uint32Array, lo: number, ends: Uint32Array, heads: Uint32Array, shift: number): void {
  for (let b = 0; b < 256; b++) {
    const end = lo + ends[b + 1]!;
    while (heads[b]! < end) {
      let key = keys[heads[b]!]!;
      let digit = (key >>> shift) & 255;
      while (digit !== b) {
        const at = heads[digit]!++;
        const displaced = keys[at]!;
        keys[at] = key;
        key = displaced;
        digit = (key >>> shift) & 255;
      }
      keys[heads[b]!++] = key;
    }
  }
}

function permuteWithPayload(keys: Uint32Array, payload: Uint32Array, lo: number, ends: Uint32Array, heads: Uint32Array, shift: number): void {
  for (let b = 0; b < 256; b++) {
    const end = lo + ends[b + 1]!;
    while (heads[b]! < end) {
      let key = keys[heads[b]!]!;
      let value = payload[heads[b]!]!;
      let digit = (key >>> shift) & 255;
      while (digit !== b) {
        const at = heads[digit]!++;
        const displacedKey = keys[at]!;
        const displacedValue = payload[at]!;
        keys[at] = key;
        payload[at] = value;
        key = displacedKey;
        value = displacedValue;
        digit = (key >>> shift) & 255;
      }
      keys[heads[b]!] = key;
      payload[heads[b]!++] = value;
    }
  }
}

/** by key, then by payload */
function insertionSort(keys: Uint32Array, payload: Uint32Array | undefined, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const key = keys[i]!;
    const value = payload ? payload[i]! : 0;
    let j = i - 1;
    while (j >= lo && (keys[j]! > key || (payload && keys[j] === key && payload[j]! > value))) {
      keys[j + 1] = keys[j]!;
      if (payload) payload[j + 1] = payload[j]!;
      j--;
    }
    keys[j + 1] = key;
    if (payload) payload[j + 1] = value;
  }
}
