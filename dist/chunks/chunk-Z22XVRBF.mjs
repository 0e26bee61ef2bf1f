import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  SCORE_BOUNDS
} from "./chunk-5YE5YN4U.mjs";

// shared/evaluate/score-distribution.ts
function scoreDistributionOf(predictions) {
  const p = predictions.probabilities;
  const classes = predictions.classes?.length ?? 0;
  const width = classes === 2 && p?.length === predictions.rowCount ? 1 : classes;
  if (predictions.task === "regression" || !p || classes < 2 || p.length !== predictions.rowCount * width) return {};
  const counts = new ScoreCounts(predictions.task);
  counts.add(p, width, predictions.rowCount);
  return counts.distribution();
}
var ScoreCounts = class {
  constructor(task) {
    this.task = task;
  }
  task;
  counts = new Array(SCORE_BOUNDS.length).fill(0);
  rows = 0;
  /** `n` rows of probabilities, `width` a row (1: a binary model's P(class 1) alone) */
  add(p, width, n) {
    const { counts } = this;
    for (let r = 0; r < n; r++) {
      let score = p[r * width + width - 1];
      if (this.task === "multiclass") for (let c = 0; c < width - 1; c++) score = Math.max(score, p[r * width + c]);
      const bin = binOf(score);
      if (bin < 0) continue;
      counts[bin]++;
      this.rows++;
    }
  }
  distribution() {
    return { scoreDistribution: { score: this.task === "binary" ? "positive-class probability" : "predicted-class probability", bounds: [...SCORE_BOUNDS], counts: [...this.counts], rows: this.rows } };
  }
};
function binOf(score) {
  if (!(score <= 1)) return -1;
  let lo = 0;
  let hi = SCORE_BOUNDS.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (score <= SCORE_BOUNDS[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export {
  scoreDistributionOf,
  ScoreCounts,
  binOf
};
