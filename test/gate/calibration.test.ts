// The gate's false-fail rate on equal models and its power on known drops, by a small seeded
// Monte-Carlo through the real code (measureQuality, then evaluateGate), with bounds from the
// binomial standard error; the slice family's corrections on hand-computed p-values; rows too few
// to judge; the smallest detectable drop against its closed form and against simulation; and how
// the report says all of it. bench/gate-calibration.mjs is the full version of the experiment.
import type { EvaluationResult, GateVerdict } from '../../shared/evaluate/types.js';
import { measureQuality } from '../../shared/evaluate/quality.js';
import { detectableDrop, evaluateGate, exactDetectableDrop, sliceTestedMetrics, type GatePolicy } from '../../shared/gate/index.js';
import { parseGatePolicy } from '../../shared/gate/load-policy.js';
import { mcNemar, normalQuantile, SeededRandom } from '../../shared/metrics/index.js';
import { renderEvaluationReport } from '../../shared/report/index.js';
import { breastCancerResult } from './breast-cancer-result.js';

const ALPHA = 0.05;
const SLICES = 10;

interface Pair {
  yTrue: Int32Array;
  candidate: Int32Array;
  baseline: Int32Array;
}

/** n rows; both models right on 85% of them, disagreeing on a share d, half each way, less a drop moved to the baseline's side */
function drawPair(random: SeededRandom, n: number, d: number, drop: number): Pair {
  const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
  const pair = { yTrue: new Int32Array(n), candidate: new Int32Array(n), baseline: new Int32Array(n) };
  const candidateOnly = d / 2 - drop / 2;
  const baselineOnly = d / 2 + drop / 2;
  const both = 0.85 - baselineOnly;
  for (let i = 0; i < n; i++) {
    const y = uniform() < 0.5 ? 1 : 0;
    const u = uniform();
    const c = u < both + candidateOnly;
    const b = u < both || (u >= both + candidateOnly && u < both + candidateOnly + baselineOnly);
    pair.yTrue[i] = y;
    pair.candidate[i] = c ? y : 1 - y;
    pair.baseline[i] = b ? y : 1 - y;
  }
  return pair;
}

function sliceMasks(n: number) {
  return Array.from({ length: SLICES }, (_, s) => {
    const weights = Float64Array.from({ length: n }, (_, i) => (i % SLICES === s ? 1 : 0));
    // measureQuality asks for a slice's weights when it needs them (evaluate-gate builds them then)
    return { value: `r${s}`, weights: () => weights };
  });
}

/** What evaluate-gate computes from two models' labels, without the files around it. */
function judged(pair: Pair, policy: GatePolicy, options: { slices?: boolean; resamples?: number; seed?: number } = {}): Omit<EvaluationResult, 'gate'> & { gate: GateVerdict } {
  const inputs = (yPred: Int32Array) => ({ task: 'binary' as const, inputs: { yTrue: pair.yTrue, yPred, classCount: 2 } });
  const bootstrap = { resamples: options.resamples ?? 0, seed: options.seed ?? 1, level: 0.95 };
  const slices = options.slices ? sliceMasks(pair.yTrue.length) : undefined;
  const quality = measureQuality({ candidate: inputs(pair.candidate), baseline: inputs(pair.baseline), bootstrap, slices, sliceTests: sliceTestedMetrics(policy) });
  const base = breastCancerResult();
  const result: Omit<EvaluationResult, 'gate'> = {
    ...base,
    data: { ...base.data, rows: pair.yTrue.length },
    metrics: quality.metrics,
    baseline: quality.baseline!,
    deltas: quality.deltas,
    intervals: quality.intervals,
    directions: quality.directions,
    ...(slices ? { slices: { column: 'region', slices: quality.slices! } } : {}),
    bootstrap,
  };
  return { ...result, gate: evaluateGate(policy, result) };
}

/** Share of `trials` seeded trials in which the gate failed. */
function failRate(trials: number, seed: number, draw: (random: SeededRandom) => Pair, policy: GatePolicy, slices = false): number {
  let failed = 0;
  for (let t = 0; t < trials; t++) {
    if (!judged(draw(new SeededRandom(seed * 100_003 + t)), policy, { slices }).gate.passed) failed++;
  }
  return failed / trials;
}

const se = (p: number, trials: number) => Math.sqrt((p * (1 - p)) / trials);

const wholePolicy = parseGatePolicy(`significance: ${ALPHA}\nmetrics:\n  accuracy: { max_drop: 0 }\n`, 'whole.yml');
const slicePolicy = parseGatePolicy(`significance: ${ALPHA}\nslices:\n  column: region\n  min_rows: 30\n  every_slice:\n    accuracy: { max_drop: 0.02 }\n`, 'slices.yml');

describe('equal models: the drop side fails at most α/2 of the time', () => {
  test('whole set: 500 rows, the models disagree on 10%', () => {
    const trials = 600;
    const rate = failRate(trials, 1, (r) => drawPair(r, 500, 0.1, 0), wholePolicy);
    expect(rate).toBeLessThanOrEqual(ALPHA / 2 + 2 * se(ALPHA / 2, trials));
    // judged on the point estimate alone, half of these equal pairs would fail
    const pointOnly = failRate(200, 1, (r) => drawPair(r, 500, 0.1, 0), parseGatePolicy('metrics:\n  accuracy: { max_drop: 0 }\n', 'p.yml'));
    expect(pointOnly).toBeGreaterThan(0.3);
  });

  test('10 slices of 50 rows (issue 13\'s policy): Holm keeps the family at α/2, where point estimates failed most trials', () => {
    const trials = 300;
    const rate = failRate(trials, 2, (r) => drawPair(r, 500, 0.1, 0), slicePolicy, true);
    expect(rate).toBeLessThanOrEqual(ALPHA / 2 + 2 * se(ALPHA / 2, trials));
    const pointOnly = failRate(100, 2, (r) => drawPair(r, 500, 0.1, 0), parseGatePolicy('slices:\n  column: region\n  min_rows: 30\n  every_slice:\n    accuracy: { max_drop: 0.02 }\n', 'p.yml'), true);
    expect(pointOnly).toBeGreaterThan(0.5);
  });
});

describe('the smallest detectable drop', () => {
  test('exact test: close to the normal approximation (z₁₋α/₂ + z₀.₈)·√(d/n)', () => {
    for (const [n, d] of [[500, 0.1], [2000, 0.1], [5000, 0.3], [1000, 0.02]] as const) {
      const approx = (normalQuantile(1 - ALPHA / 2) + normalQuantile(0.8)) * Math.sqrt(d / n);
      const exact = exactDetectableDrop(n, Math.round(d * n), 0, ALPHA)!;
      expect(Math.abs(exact - approx) / approx).toBeLessThan(0.12);
    }
    // two discordant rows can never give p < 0.05: no drop is catchable
    expect(exactDetectableDrop(100, 2, 0, ALPHA)).toBeNull();
  });

  test('exact test: a simulated drop of the reported size is caught about 80% of the time', () => {
    const n = 1000;
    const d = 0.1;
    const reported = judged(drawPair(new SeededRandom(5), n, d, 0), wholePolicy).gate.rules[0]!.detectableDrop!;
    expect(reported).toMatchObject({ basis: 'discordant-rows', power: 0.8, alpha: ALPHA, relative: false });
    const trials = 400;
    const power = failRate(trials, 6, (r) => drawPair(r, n, d, reported.value!), wholePolicy);
    // the figure holds the discordant count fixed, the simulation lets it vary: a few points of slack
    expect(Math.abs(power - 0.8)).toBeLessThan(3 * se(0.8, trials) + 0.03);
  });

  test('bootstrap: max(limit, z₁₋α/₂·s) + z₀.₈·s from the standard error s, relative to the baseline for relative rules', () => {
    const delta = { metric: 'log_loss', baseline: 0.2, candidate: 0.21, absolute: 0.01, relative: 0.05, standardError: 0.01, test: 'bootstrap' as const };
    const z = normalQuantile(1 - ALPHA / 2) + normalQuantile(0.8);
    expect(detectableDrop(delta, 0, ALPHA, null)!.value).toBeCloseTo(z * 0.01, 12);
    expect(detectableDrop(delta, 0.05, ALPHA, null)!.value).toBeCloseTo(0.05 + normalQuantile(0.8) * 0.01, 12);
    expect(detectableDrop(delta, 0, ALPHA, 0.2)).toMatchObject({ relative: true, value: expect.closeTo((z * 0.01) / 0.2, 12) });
  });
});

describe('accuracy verdicts do not depend on the bootstrap', () => {
  test('the same verdicts and p-values with 0 and 300 resamples', () => {
    for (let t = 0; t < 5; t++) {
      const pair = drawPair(new SeededRandom(40 + t), 400, 0.1, 0.03);
      const without = judged(pair, slicePolicy, { slices: true, resamples: 0 }).gate.rules;
      const withBootstrap = judged(pair, slicePolicy, { slices: true, resamples: 300 }).gate.rules;
      expect(withBootstrap.map((r) => [r.id, r.passed, r.test?.pValue])).toEqual(without.map((r) => [r.id, r.passed, r.test?.pValue]));
    }
  });
});

describe('the family of slice tests', () => {
  /** three slices, each with an accuracy drop of 0.05 and the given one-sided p-values of a drop */
  function threeSlices(oneSided: number[], correction?: string) {
    const base = breastCancerResult({ slices: true });
    const template = base.slices!.slices[0]!;
    const slices = oneSided.map((p, i) => ({
      ...template,
      value: `s${i}`,
      metrics: { ...template.metrics, accuracy: 0.9 },
      baseline: { ...template.baseline!, accuracy: 0.95 },
      deltas: { accuracy: { metric: 'accuracy', baseline: 0.95, candidate: 0.9, absolute: -0.05, relative: -0.05 / 0.95, pValue: 2 * p, pValueDown: p, pValueUp: 1, test: 'bootstrap' as const } },
    }));
    const policy = parseGatePolicy(`significance: 0.05\nslices:\n  column: size\n${correction ? `  correction: ${correction}\n` : ''}  every_slice:\n    accuracy: { max_drop: 0.01 }\n`, 'f.yml');
    return evaluateGate(policy, { ...base, slices: { column: 'size', slices } }).rules;
  }

  test('Holm–Bonferroni by default: step-down over the doubled one-sided p-values', () => {
    // doubled: 0.002, 0.02, 0.08 → Holm: 3·0.002 = 0.006, 2·0.02 = 0.04, 0.08: the first two fail
    const rules = threeSlices([0.001, 0.01, 0.04]);
    expect(rules.map((r) => r.passed)).toEqual([false, false, true]);
    expect(rules.map((r) => r.test!.adjustedPValue)).toEqual([expect.closeTo(0.006, 12), expect.closeTo(0.04, 12), expect.closeTo(0.08, 12)]);
    expect(rules[0]!.test).toMatchObject({ pValue: 0.002, alpha: 0.05, family: { size: 3, correction: 'holm' } });
    expect(rules[1]!.message).toContain('Holm-adjusted over 3 slice tests: 0.04 < 0.05');
    expect(rules[2]!.message).toContain('not significant');
  });

  test('Bonferroni and none are options', () => {
    expect(threeSlices([0.001, 0.01, 0.04], 'bonferroni').map((r) => r.passed)).toEqual([false, true, true]);
    const none = threeSlices([0.001, 0.01, 0.04], 'none');
    expect(none.map((r) => r.passed)).toEqual([false, false, true]);
    expect(none[0]!.test!.family).toBeUndefined();
  });

  test('a slice whose rows can never reach significance says so, passes with a warning, and the report marks it', () => {
    const base = breastCancerResult({ slices: true });
    const [large, small] = base.slices!.slices;
    const accuracyDelta = (rows: number, candidateOnly: number, baselineOnly: number, baseline: number) => {
      const test = mcNemar(rows, candidateOnly, baselineOnly);
      const absolute = (candidateOnly - baselineOnly) / rows;
      return { metric: 'accuracy', baseline, candidate: baseline + absolute, absolute, relative: absolute / baseline, pValue: test.pValue, pValueDown: test.pValueDown, pValueUp: test.pValueUp, test: test.method, discordant: test.discordant };
    };
    const tiny = accuracyDelta(20, 0, 3, 0.95); // 3 discordant rows: p ≥ 2·⅛ = 0.25 whatever happens
    const big = accuracyDelta(400, 10, 40, 0.9);
    const result = {
      ...base,
      slices: {
        column: 'size',
        slices: [
          { ...small!, value: 'small', rows: 20, metrics: { accuracy: tiny.candidate }, baseline: { accuracy: 0.95 }, deltas: { accuracy: tiny } },
          { ...large!, value: 'large', rows: 400, metrics: { accuracy: big.candidate }, baseline: { accuracy: 0.9 }, deltas: { accuracy: big } },
        ],
      },
    };
    const policy = parseGatePolicy('significance: 0.05\nslices:\n  column: size\n  every_slice:\n    accuracy: { max_drop: 0.01 }\n', 'f.yml');
    const gate = evaluateGate(policy, result);
    const [tinyRule, bigRule] = ['small', 'large'].map((v) => gate.rules.find((r) => r.slice!.value === v));
    expect(tinyRule).toMatchObject({ passed: true, inconclusive: true });
    expect(tinyRule!.message).toContain('too few for the test ever to show a drop: the models disagree on 3 of its 20 rows');
    expect(tinyRule!.message).toContain('the smallest p-value it can give is 0.25, not below α/2 = 0.025');
    expect(tinyRule!.detectableDrop!.value).toBeNull();
    expect(bigRule).toMatchObject({ passed: false });
    const report = renderEvaluationReport({ ...result, gate });
    expect(report).toContain('1 inconclusive (too few rows for their paired test to show a drop; they pass with ⚠️)');
    expect(report).toMatch(/\| ⚠️ \| slice size=small: accuracy drop &lt;= 0\.01 \|/);
    expect(report).toContain('Slice drop rules are judged by a paired test on each slice\'s rows (α = 0.05), Holm–Bonferroni over the 2 slice tests');
    expect(report).toContain('⚠️ 1 slice rule(s) were inconclusive');
    expect(report).toMatch(/accuracy drop &lt;= 0\.01 per slice: drops are caught from \*\*[\d.]+ points\*\* on \(80% power at α = 0\.025 per slice; 1 of the 2 slices cannot catch a drop at all\)/);
  });
});

describe('the report', () => {
  test('states the smallest detectable drop of each drop rule, in points for accuracy', () => {
    const result = judged(drawPair(new SeededRandom(9), 500, 0.1, 0), wholePolicy);
    const drop = result.gate.rules[0]!.detectableDrop!;
    const m = drop.discordant!;
    const report = renderEvaluationReport(result);
    expect(report).toContain('### Smallest detectable drop');
    expect(report).toContain(
      `- \`accuracy\` (accuracy drop &lt;= 0): with 500 rows this gate can only catch \`accuracy\` drops of **${Number((drop.value! * 100).toPrecision(2))} points** or more (80% power at α = 0.05; exact McNemar test; the models disagree on ${m} of the 500 rows it counts).`,
    );
    expect(report).not.toContain('[!WARNING]');
  });

  test('warns when a drop rule runs without significance', () => {
    const policy = parseGatePolicy('metrics:\n  accuracy: { max_drop: 0.01 }\n  log_loss: { max_relative_drop: "5%" }\n  f1: { min: 0.5 }\n', 'gate.yml');
    const result = judged(drawPair(new SeededRandom(9), 300, 0.1, 0), policy);
    expect(result.gate.warnings).toHaveLength(1);
    expect(result.gate.warnings![0]).toMatch(/^The drop limits on accuracy and log_loss run without significance, so they judge the point estimate alone and fail on noise/);
    const report = renderEvaluationReport(result);
    expect(report).toContain('> [!WARNING]\n> The drop limits on accuracy and log\\_loss run without significance');
    expect(report).toContain('Add significance: 0.05 at the top of the policy');
    // a per-metric significance is enough
    const guarded = parseGatePolicy('metrics:\n  accuracy: { max_drop: 0.01, significance: 0.05 }\n', 'gate.yml');
    expect(evaluateGate(guarded, breastCancerResult()).warnings).toBeUndefined();
  });
});
