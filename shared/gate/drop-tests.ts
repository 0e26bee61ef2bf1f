import type { RuleVerdict } from '../evaluate/types.js';
import type { DiscordantRows, MetricDelta, PairedTestMethod } from '../metrics/types.js';
import { formatNumber } from '../report/format.js';
import { detectableDrop } from './detectable-drop.js';
import type { MultipleTesting } from './policy-types.js';
import { plainNumber } from './rule-text.js';

/** A drop rule with significance whose verdict waits for its paired test, maybe within a family. */
export interface PendingDropTest {
  /** the verdict to complete (passed and message are final only after settleDropTests) */
  verdict: RuleVerdict;
  /** the drop side's p-value, doubled to read against α */
  p: number;
  alpha: number;
  /** the smallest p the test could give on these rows */
  minP: number;
  method: PairedTestMethod | undefined;
  /** the sentence of a drop beyond the limit, null when the point estimate is within it */
  broken: string | null;
  delta: MetricDelta | undefined;
  /** the limit in the metric's units */
  limit: number;
  /** the baseline's value for a relative rule, null for an absolute one */
  relativeTo: number | null;
  discordant: DiscordantRows | undefined;
}

const METHOD_NAMES: Record<PairedTestMethod, string> = { 'exact-mcnemar': 'exact McNemar test', bootstrap: 'paired bootstrap' };

/**
 * Completes the verdicts of a family of drop tests. Each test is at its own α; across the family
 * the family-wise error is held at α by `correction`: Holm–Bonferroni (step-down on p/α: the
 * smallest at α/m, the next at α/(m − 1), ...; stopping at the first that is not significant),
 * Bonferroni (each at α/m), or none. A rule fails when its drop is beyond the limit and its
 * adjusted p-value is below α. A rule whose rows cannot give a p-value below α/m (α alone when
 * there is no correction) at all is inconclusive: it passes, and says so, rather than pretending
 * to have judged.
 */
export function settleDropTests(tests: PendingDropTest[], correction: MultipleTesting, familyName = 'slice tests'): void {
  const m = tests.length;
  const adjusted = adjustedPValues(tests, correction);
  const scale = correction === 'none' ? 1 : m;
  tests.forEach((test, i) => {
    const { verdict, alpha } = test;
    const level = alpha / scale;
    const adjustedP = adjusted[i]!;
    const family = correction !== 'none' && m > 1 ? { size: m, correction } : undefined;
    verdict.test = {
      ...(test.method ? { method: test.method } : {}),
      pValue: test.p,
      ...(family ? { adjustedPValue: adjustedP, family } : {}),
      alpha,
    };
    const detectable = detectableDrop(test.delta, test.limit, level, test.relativeTo);
    if (detectable) verdict.detectableDrop = detectable;
    if (test.broken === null) return;

    const how = test.method ? `${METHOD_NAMES[test.method]}, ` : '';
    const p = formatNumber(test.p, 3);
    const familyText = family ? `, ${correction === 'holm' ? 'Holm' : 'Bonferroni'}-adjusted over ${m} ${familyName}: ${formatNumber(adjustedP, 3)}` : '';
    if (adjustedP < alpha) {
      verdict.passed = false;
      verdict.message = `${test.broken}, and the drop is significant (${how}p = ${p}${familyText} < ${plainNumber(alpha)}).`;
    } else if (test.minP >= level) {
      verdict.passed = true;
      verdict.inconclusive = true;
      verdict.message = `${test.broken} (${how}p = ${p}), but these rows are too few for the test ever to show a drop: ${tooFewWhy(test)}the smallest p-value it can give is ${formatNumber(test.minP, 3)}, not below ${levelText(alpha, scale, familyName)}. Not judged: the rule passes with this warning; add rows, or use a min rule here.`;
    } else {
      verdict.passed = true;
      verdict.message = `${test.broken}, but the drop is not significant (${how}p = ${p}${familyText} ≥ ${plainNumber(alpha)}), so the rule passes.`;
    }
  });
}

function tooFewWhy(test: PendingDropTest): string {
  if (!test.discordant) return '';
  const m = test.discordant.candidateOnly + test.discordant.baselineOnly;
  return `the models disagree on ${m} of its ${test.discordant.rows} rows, so `;
}

function levelText(alpha: number, scale: number, familyName: string): string {
  return scale === 1 ? `α = ${plainNumber(alpha)}` : `α/${scale} = ${formatNumber(alpha / scale, 3)} (α = ${plainNumber(alpha)} over ${scale} ${familyName})`;
}

/** Adjusted p-values on the scale of each test's own α (equal α: the textbook adjusted p-values). */
function adjustedPValues(tests: PendingDropTest[], correction: MultipleTesting): number[] {
  const m = tests.length;
  if (correction === 'none') return tests.map((t) => t.p);
  if (correction === 'bonferroni') return tests.map((t) => Math.min(1, m * t.p));
  // Holm on q = p/α: a test's adjusted q is the running maximum of (m − j)·q over the sorted ones
  const order = tests.map((t, i) => ({ q: t.p / t.alpha, i })).sort((a, b) => a.q - b.q);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ q, i }, j) => {
    running = Math.max(running, (m - j) * q);
    adjusted[i] = Math.min(1, running * tests[i]!.alpha);
  });
  return adjusted;
}
