import { chiSquareSurvival } from '../../stats/special-functions.js';

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * Pearson's chi-square goodness of fit of observed counts to expected counts (scipy.stats.chisquare:
 * k - 1 degrees of freedom). An expected count of zero where something was observed makes the
 * statistic infinite and the p-value 0, as in scipy.
 */
export function chiSquareTest(observed: number[], expected: number[]): TestResult {
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i]!;
    const d = observed[i]! - e;
    statistic += e === 0 ? (d === 0 ? 0 : Infinity) : (d * d) / e;
  }
  const dof = observed.length - 1;
  if (dof < 1) return { statistic, pValue: 1 };
  return { statistic, pValue: statistic === Infinity ? 0 : chiSquareSurvival(statistic, dof) };
}

/**
 * Evidently's chi-square drift test: the current counts against the reference's proportions scaled to
 * the current total, over the union of categories.
 */
export function chiSquareDrift(reference: Map<string, number>, current: Map<string, number>): TestResult {
  const keys = unionKeys(reference, current);
  const refTotal = sum(reference.values());
  const curTotal = sum(current.values());
  const scale = curTotal / refTotal;
  return chiSquareTest(
    keys.map((k) => current.get(k) ?? 0),
    keys.map((k) => (reference.get(k) ?? 0) * scale),
  );
}

export function unionKeys(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort();
}

export function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
