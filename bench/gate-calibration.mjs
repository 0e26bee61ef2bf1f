// Monte-Carlo calibration of the gate's paired tests, in one command:
//
//   node bench/gate-calibration.mjs [--trials 1000] [--slice-trials 500] [--boot-trials 200] [--seed 2026] [--quick]
//
// Each trial draws an evaluation set for a pair of models, runs the real gate code on it
// (measureQuality then evaluateGate, bundled from shared/ with esbuild into bench/out/), and on the
// same rows an exact McNemar test written out here independently of shared/. It prints Markdown
// tables (the ones in docs/gate-policy.md):
//   1. accuracy, whole set: `significance: 0.05` + `accuracy: {max_drop: 0}`;
//   2. accuracy, 10 slices: `slices.every_slice.accuracy: {max_drop: 0.02}` (the policy of issue 13);
//   3. f1 (judged by the centred paired bootstrap), whole set and slices.
// "Equal" models have the same accuracy (85%) and disagree on a given share of rows, half each way;
// a "drop" moves discordant rows towards the baseline. The false-fail rate of equal models should
// be within one standard error of α/2 = 0.025 or below (the drop side of a two-sided test), and the
// power on a real drop no lower than McNemar's on the same rows.
// A trial is seeded by (--seed, cell, trial), so a rerun prints the same table.
import { parseArgs } from 'node:util';
import { bundleShared } from './bundle-shared.mjs';

const { values: args } = parseArgs({
  options: {
    trials: { type: 'string', default: '1000' },
    'slice-trials': { type: 'string', default: '500' },
    'boot-trials': { type: 'string', default: '200' },
    seed: { type: 'string', default: '2026' },
    resamples: { type: 'string', default: '1000' },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('node bench/gate-calibration.mjs [--trials N] [--slice-trials N] [--boot-trials N] [--seed S] [--resamples R] [--quick]\n' +
    'Monte-Carlo false-fail rate and power of the gate\'s paired tests against the exact McNemar test; prints Markdown tables.\n' +
    '--quick: a tenth of the trials, to try it out.');
  process.exit(0);
}
const scale = args.quick ? 0.1 : 1;
const TRIALS = Math.round(Number(args.trials) * scale);
const SLICE_TRIALS = Math.round(Number(args['slice-trials']) * scale);
const BOOT_TRIALS = Math.round(Number(args['boot-trials']) * scale);
const SEED = Number(args.seed);
const RESAMPLES = Number(args.resamples);
const ALPHA = 0.05;
const SIZES = [200, 500, 1000, 2000, 5000];
const DISAGREEMENT = [0.02, 0.1, 0.3];
const SLICES = 10;

const lib = await bundleShared('gate-lib', [
  "export { measureQuality } from './shared/evaluate/quality.ts';",
  "export { evaluateGate, sliceTestedMetrics } from './shared/gate/index.ts';",
  "export { parseGatePolicy } from './shared/gate/load-policy.ts';",
  "export { SeededRandom } from './shared/metrics/index.ts';",
]);

const policies = {
  whole: lib.parseGatePolicy(`significance: ${ALPHA}\nmetrics:\n  accuracy: { max_drop: 0 }\n`, 'whole.yml'),
  wholePoint: lib.parseGatePolicy('metrics:\n  accuracy: { max_drop: 0 }\n', 'whole-point.yml'),
  slices: lib.parseGatePolicy(`significance: ${ALPHA}\nslices:\n  column: region\n  every_slice:\n    accuracy: { max_drop: 0.02 }\n`, 'slices.yml'),
  slicesPoint: lib.parseGatePolicy('slices:\n  column: region\n  every_slice:\n    accuracy: { max_drop: 0.02 }\n', 'slices-point.yml'),
  f1: lib.parseGatePolicy(`significance: ${ALPHA}\nmetrics:\n  f1: { max_drop: 0 }\n`, 'f1.yml'),
  f1Slices: lib.parseGatePolicy(`significance: ${ALPHA}\nslices:\n  column: region\n  every_slice:\n    f1: { max_drop: 0 }\n`, 'f1-slices.yml'),
};

// --- the models' rows ---------------------------------------------------------------------------
/**
 * n rows of a binary task; per row, whether each model is right: the baseline is right on 85%, the
 * models disagree on `d` of the rows, and a drop δ turns δ/2 of the rows from "only the candidate
 * right" into "only the baseline right" (so the candidate's accuracy is 85% − δ). `dropIn(i)` says
 * which rows the drop applies to (all of them, or one slice's).
 */
function drawPair(random, n, d, drop, dropIn = () => true) {
  const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
  const yTrue = new Int32Array(n);
  const candidate = new Int32Array(n);
  const baseline = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = uniform() < 0.5 ? 1 : 0;
    const delta = dropIn(i) ? drop : 0;
    const candidateOnly = d / 2 - delta / 2;
    const baselineOnly = d / 2 + delta / 2;
    const both = 0.85 - baselineOnly;
    const u = uniform();
    const [c, b] = u < both ? [1, 1] : u < both + candidateOnly ? [1, 0] : u < both + candidateOnly + baselineOnly ? [0, 1] : [0, 0];
    yTrue[i] = y;
    candidate[i] = c ? y : 1 - y;
    baseline[i] = b ? y : 1 - y;
  }
  return { yTrue, candidate, baseline };
}

function sliceMasks(n) {
  return Array.from({ length: SLICES }, (_, s) => {
    const weights = new Float64Array(n);
    for (let i = s; i < n; i += SLICES) weights[i] = 1;
    return { value: `r${s}`, weights: () => weights };
  });
}

/** The real gate on these rows: the same calls evaluate-gate makes after running the models. */
function runGate(pair, policy, pointPolicy, { slices, seed, resamples }) {
  const inputs = (yPred) => ({ task: 'binary', inputs: { yTrue: pair.yTrue, yPred, classCount: 2 } });
  const bootstrap = { resamples, seed, level: 0.95 };
  const quality = lib.measureQuality({ candidate: inputs(pair.candidate), baseline: inputs(pair.baseline), bootstrap, slices, sliceTests: lib.sliceTestedMetrics(policy) });
  const result = {
    metrics: quality.metrics,
    baseline: quality.baseline,
    deltas: quality.deltas,
    directions: quality.directions,
    intervals: quality.intervals,
    ...(slices ? { slices: { column: 'region', slices: quality.slices } } : {}),
    bootstrap,
  };
  const verdict = lib.evaluateGate(policy, result);
  return {
    failed: !verdict.passed,
    inconclusive: verdict.rules.some((r) => r.inconclusive),
    pointFailed: pointPolicy ? !lib.evaluateGate(pointPolicy, result).passed : undefined,
    detectable: verdict.rules.find((r) => !r.slice && r.detectableDrop)?.detectableDrop?.value,
  };
}

// --- the reference: exact McNemar, written out here ---------------------------------------------
const logFactorial = [0];
function lnFact(k) {
  for (let j = logFactorial.length; j <= k; j++) logFactorial[j] = logFactorial[j - 1] + Math.log(j);
  return logFactorial[k];
}
/** P(X ≥ k), X ~ Binomial(m, ½), summed term by term */
function upperTail(m, k) {
  let sum = 0;
  for (let j = Math.max(0, k); j <= m; j++) sum += Math.exp(lnFact(m) - lnFact(j) - lnFact(m - j) - m * Math.LN2);
  return Math.min(1, sum);
}
/** one-sided p of "the candidate is worse", and the accuracy drop, over the rows where `keep` */
function mcNemarDrop(pair, keep = () => true) {
  let candidateOnly = 0;
  let baselineOnly = 0;
  let rows = 0;
  for (let i = 0; i < pair.yTrue.length; i++) {
    if (!keep(i)) continue;
    rows++;
    const c = pair.candidate[i] === pair.yTrue[i];
    const b = pair.baseline[i] === pair.yTrue[i];
    if (c && !b) candidateOnly++;
    if (b && !c) baselineOnly++;
  }
  return { p: upperTail(candidateOnly + baselineOnly, baselineOnly), drop: (baselineOnly - candidateOnly) / rows };
}
/** whole set: a significant drop on the drop side (α/2) */
const referenceWhole = (pair) => mcNemarDrop(pair).p < ALPHA / 2;
/** slices: Holm over the slices' one-sided tests at α/2, failing on a rejected slice with a drop > 0.02 */
function referenceSlices(pair, limit) {
  const tests = Array.from({ length: SLICES }, (_, s) => mcNemarDrop(pair, (i) => i % SLICES === s)).sort((a, b) => a.p - b.p);
  for (let j = 0; j < tests.length; j++) {
    if (!(tests[j].p < ALPHA / 2 / (SLICES - j))) return false;
    if (tests[j].drop > limit + 1e-12) return true;
  }
  return false;
}

// --- the experiment -----------------------------------------------------------------------------
const rate = (hits, trials) => hits / trials;
const se = (p, trials) => Math.sqrt(Math.max(p * (1 - p), 1e-12) / trials);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const withSe = (hits, trials) => `${pct(rate(hits, trials))} ± ${(100 * se(rate(hits, trials), trials)).toFixed(1)}`;
const target = ALPHA / 2;
/** within one standard error of α/2, or below it */
const calibrated = (hits, trials) => rate(hits, trials) <= target + se(target, trials);
const problems = [];
let cell = 0;
const started = Date.now();

function trialsOf(count, n, d, drop, options, tally) {
  const thisCell = cell++;
  const counts = { gate: 0, reference: 0, point: 0, inconclusive: 0, detectable: [] };
  for (let t = 0; t < count; t++) {
    const random = new lib.SeededRandom((SEED * 7919 + thisCell * 104729 + t) >>> 0);
    const pair = drawPair(random, n, d, drop, options.dropIn);
    const gate = runGate(pair, options.policy, options.pointPolicy, { slices: options.slices, seed: t, resamples: options.resamples ?? 0 });
    counts.gate += gate.failed ? 1 : 0;
    counts.point += gate.pointFailed ? 1 : 0;
    counts.inconclusive += gate.inconclusive ? 1 : 0;
    if (gate.detectable !== undefined && gate.detectable !== null) counts.detectable.push(gate.detectable);
    counts.reference += options.reference && options.reference(pair) ? 1 : 0;
  }
  process.stderr.write(`  ${tally} n=${n} d=${d} drop=${drop}: ${counts.gate}/${count} failed (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  return counts;
}

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);

const lines = [];
const say = (text = '') => lines.push(text);
say(`Seed ${SEED}; α = ${ALPHA} (drop side α/2 = ${target}); "±" is one binomial standard error. The accuracy rows run the gate with bootstrap-resamples 0: accuracy's exact test does not read the resamples, so its verdicts are the same with any number (test/gate/calibration.test.ts checks this), and the time goes to the bootstrap-judged rows.`);
say();

// 1. accuracy, whole set
say(`**Accuracy, whole set** — \`significance: ${ALPHA}\`, \`accuracy: {max_drop: 0}\`; equal models: ${TRIALS} trials per row, drop: ${TRIALS} trials per row.`);
say();
say('| rows | models disagree | false-fail, gate | false-fail, McNemar | false-fail, point estimate only | true drop | power, gate | power, McNemar | detectable drop the gate reports (median) |');
say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of SIZES) {
  for (const d of DISAGREEMENT) {
    const drop = Math.min(0.02, d / 2);
    const options = { policy: policies.whole, pointPolicy: policies.wholePoint, reference: referenceWhole };
    const equal = trialsOf(TRIALS, n, d, 0, options, 'accuracy equal');
    const dropped = trialsOf(TRIALS, n, d, drop, { ...options, pointPolicy: undefined }, 'accuracy drop');
    if (!calibrated(equal.gate, TRIALS)) problems.push(`accuracy, whole set, n=${n}, d=${d}: false-fail ${withSe(equal.gate, TRIALS)}`);
    if (dropped.gate < dropped.reference) problems.push(`accuracy, whole set, n=${n}, d=${d}: power ${pct(rate(dropped.gate, TRIALS))} below McNemar's ${pct(rate(dropped.reference, TRIALS))}`);
    const detectable = median(equal.detectable);
    say(`| ${n} | ${pct(d)} | ${withSe(equal.gate, TRIALS)} | ${pct(rate(equal.reference, TRIALS))} | ${pct(rate(equal.point, TRIALS))} | ${(100 * drop).toFixed(0)} pt | ${pct(rate(dropped.gate, TRIALS))} | ${pct(rate(dropped.reference, TRIALS))} | ${Number.isFinite(detectable) ? `${(100 * detectable).toFixed(1)} pt` : 'none'} |`);
  }
}
say();

// 2. accuracy, 10 slices
say(`**Accuracy, ${SLICES} slices** — \`significance: ${ALPHA}\`, \`slices: {column: region, every_slice: {accuracy: {max_drop: 0.02}}}\` (Holm–Bonferroni over the ${SLICES} slices); ${SLICE_TRIALS} trials per row. The drop is in one slice only.`);
say();
say('| rows (per slice) | models disagree | false-fail, gate | false-fail, McNemar + Holm | false-fail, point estimate only | slices inconclusive (share of trials) | drop in one slice | power, gate | power, McNemar + Holm |');
say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of SIZES) {
  const slices = sliceMasks(n);
  for (const d of DISAGREEMENT) {
    const drop = Math.min(0.1, d);
    const options = { policy: policies.slices, pointPolicy: policies.slicesPoint, slices, reference: (pair) => referenceSlices(pair, 0.02) };
    const equal = trialsOf(SLICE_TRIALS, n, d, 0, options, 'slices equal');
    const dropped = trialsOf(SLICE_TRIALS, n, d, drop, { ...options, pointPolicy: undefined, dropIn: (i) => i % SLICES === 0 }, 'slices drop');
    if (!calibrated(equal.gate, SLICE_TRIALS)) problems.push(`accuracy, slices, n=${n}, d=${d}: false-fail ${withSe(equal.gate, SLICE_TRIALS)}`);
    if (dropped.gate < dropped.reference) problems.push(`accuracy, slices, n=${n}, d=${d}: power ${pct(rate(dropped.gate, SLICE_TRIALS))} below McNemar's ${pct(rate(dropped.reference, SLICE_TRIALS))}`);
    say(`| ${n} (${n / SLICES}) | ${pct(d)} | ${withSe(equal.gate, SLICE_TRIALS)} | ${pct(rate(equal.reference, SLICE_TRIALS))} | ${pct(rate(equal.point, SLICE_TRIALS))} | ${pct(rate(equal.inconclusive, SLICE_TRIALS))} | ${(100 * drop).toFixed(0)} pt | ${pct(rate(dropped.gate, SLICE_TRIALS))} | ${pct(rate(dropped.reference, SLICE_TRIALS))} |`);
  }
}
say();

// 3. f1, by the centred paired bootstrap
say(`**f1 (centred paired bootstrap, ${RESAMPLES} resamples)** — \`f1: {max_drop: 0}\` on the whole set, and per slice under Holm; ${BOOT_TRIALS} trials per row. McNemar's power is on the same rows' accuracy, for scale.`);
say();
say('| scope | rows | models disagree | false-fail, gate | true accuracy drop | power, gate | power, McNemar (accuracy) |');
say('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [scope, n, d] of [['whole set', 500, 0.1], ['whole set', 2000, 0.02], ['whole set', 2000, 0.3], ['10 slices', 2000, 0.1]]) {
  const sliced = scope !== 'whole set';
  const options = sliced
    ? { policy: policies.f1Slices, slices: sliceMasks(n), reference: (pair) => referenceSlices(pair, 0), resamples: RESAMPLES }
    : { policy: policies.f1, reference: referenceWhole, resamples: RESAMPLES };
  const drop = sliced ? Math.min(0.1, d) : Math.min(0.02, d / 2);
  const equal = trialsOf(BOOT_TRIALS, n, d, 0, options, `f1 ${scope} equal`);
  const dropped = trialsOf(BOOT_TRIALS, n, d, drop, { ...options, ...(sliced ? { dropIn: (i) => i % SLICES === 0 } : {}) }, `f1 ${scope} drop`);
  if (!calibrated(equal.gate, BOOT_TRIALS)) problems.push(`f1 (bootstrap), ${scope}, n=${n}, d=${d}: false-fail ${withSe(equal.gate, BOOT_TRIALS)}`);
  say(`| ${scope} | ${n} | ${pct(d)} | ${withSe(equal.gate, BOOT_TRIALS)} | ${(100 * drop).toFixed(0)} pt${sliced ? ' (one slice)' : ''} | ${pct(rate(dropped.gate, BOOT_TRIALS))} | ${pct(rate(dropped.reference, BOOT_TRIALS))} |`);
}
say();
say(problems.length ? `Not met:\n${problems.map((p) => `- ${p}`).join('\n')}` : 'Every false-fail rate of equal models is within one standard error of α/2 or below it, and the accuracy rules\' power equals or exceeds McNemar\'s on the same rows.');
say();
const cpu = process.cpuUsage();
say(`${cell} cells in ${((Date.now() - started) / 1000).toFixed(0)} s (${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU, one thread).`);
console.log(lines.join('\n'));
