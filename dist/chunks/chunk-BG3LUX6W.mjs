import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/model/class-scores.ts
var CLASS_SCORES = ["probabilities", "logits"];
function softmaxRows(data, offset, n, width) {
  for (let r = 0, o = offset; r < n; r++, o += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, data[o + c]);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += Math.exp(data[o + c] - max);
    for (let c = 0; c < width; c++) data[o + c] = Math.exp(data[o + c] - max) / sum;
  }
}
function sigmoid(x) {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export {
  CLASS_SCORES,
  softmaxRows,
  sigmoid
};
