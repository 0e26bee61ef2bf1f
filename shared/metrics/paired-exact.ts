import { binomialUpperTail } from './distributions.js';
import type { ClassificationInputs, PairedTest, RowWeights } from './types.js';

/**
 * Metrics that are the share of a fixed set of rows on which a model is right, so that two models
 * on the same rows differ only through the rows where exactly one of them is right (the discordant
 * rows). For these the exact McNemar test applies: with no real difference, each discordant row
 * is equally likely to favour either model, so the count favouring the candidate is
 * Binomial(discordant, ½). `rows` says which rows the share is over (the set is fixed by the truth
 * alone): every row for accuracy, the rows of class index 1 for recall.
 */
const PROPORTION_METRICS: Record<string, { rows: (truth: number) => boolean; binaryOnly: boolean }> = {
  accuracy: { rows: () => true, binaryOnly: false },
  recall: { rows: (truth) => truth === 1, binaryOnly: true },
};

export function hasExactPairedTest(metric: string, classCount: number): boolean {
  const entry = PROPORTION_METRICS[metric];
  return entry !== undefined && (!entry.binaryOnly || classCount === 2);
}

/**
 * Exact McNemar tests of candidate against baseline for each of `names` that has one, over the rows
 * with a positive weight in `mask` (all rows without one). One-sided p-values are the binomial
 * tails; the two-sided one is twice the smaller, capped at 1 (scipy.stats.binomtest's two-sided
 * p-value, since Binomial(m, ½) is symmetric).
 */
export function exactPairedTests(candidate: ClassificationInputs, baseline: ClassificationInputs, names: readonly string[], mask?: RowWeights): Record<string, PairedTest> {
  const tests: Record<string, PairedTest> = {};
  for (const name of names) {
    if (!hasExactPairedTest(name, candidate.classCount)) continue;
    const inSet = PROPORTION_METRICS[name]!.rows;
    let rows = 0;
    let candidateOnly = 0;
    let baselineOnly = 0;
    const { yTrue } = candidate;
    for (let i = 0; i < yTrue.length; i++) {
      if ((mask && !(mask[i]! > 0)) || !inSet(yTrue[i]!)) continue;
      rows++;
      const c = candidate.yPred[i] === yTrue[i];
      const b = baseline.yPred[i] === yTrue[i];
      if (c && !b) candidateOnly++;
      else if (b && !c) baselineOnly++;
    }
    tests[name] = mcNemar(rows, candidateOnly, baselineOnly);
  }
  return tests;
}

/** The exact McNemar test from its counts: `rows` in the share, and the discordant rows each way. */
export function mcNemar(rows: number, candidateOnly: number, baselineOnly: number): PairedTest {
  const m = candidateOnly + baselineOnly;
  // P(as many rows favouring the baseline, or more) is the p-value for "the candidate is lower"
  const down = binomialUpperTail(m, baselineOnly, 0.5);
  const up = binomialUpperTail(m, candidateOnly, 0.5);
  return {
    method: 'exact-mcnemar',
    pValue: Math.min(1, 2 * Math.min(down, up)),
    pValueDown: down,
    pValueUp: up,
    discordant: { rows, candidateOnly, baselineOnly },
  };
}
