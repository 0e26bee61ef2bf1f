import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/validate/stats/hash.ts
var floatView = new Float64Array(1);
var wordView = new Uint32Array(floatView.buffer);
function mix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function combine(h, k) {
  k = Math.imul(k, 3432918353);
  k = k << 15 | k >>> 17;
  k = Math.imul(k, 461845907);
  h ^= k;
  h = h << 13 | h >>> 19;
  return Math.imul(h, 5) + 3864292196 | 0;
}
function hashNumber(value, seed = 0) {
  floatView[0] = value === 0 ? 0 : value;
  return hashFloatWords(wordView[0], wordView[1], seed);
}
function hashFloatWords(low, high, seed = 0) {
  return mix32((low ^ Math.imul(high ^ seed, 2654435761) ^ high >>> 16) >>> 0);
}
function hashString(value, seed = 0) {
  let h = seed;
  const n = value.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = combine(h, value.charCodeAt(i) | value.charCodeAt(i + 1) << 16);
  if (i < n) h = combine(h, value.charCodeAt(i));
  return mix32(h ^ n);
}
function unitHashHigh(key, index) {
  return mix32(combine(combine(key, index), Math.floor(index / 4294967296)) ^ 2654435769);
}
function unitHashFrom(high, key, index) {
  const lo = mix32(combine(combine(key ^ 2135587861, index), high));
  return ((high >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
}

export {
  hashNumber,
  hashFloatWords,
  hashString,
  unitHashHigh,
  unitHashFrom
};
