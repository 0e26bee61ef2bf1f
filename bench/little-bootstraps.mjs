// Little bootstraps against the ordinary bootstrap, on the real gate code (measureQuality, then
// evaluateGate, bundled from shared/ with esbuild into bench/out/), in one command:
//
//   node bench/little-bootstraps.mjs [--rows 200000] [--coverage-trials 200] [--full-trials 40] [--gate-trials 200] [--seed 2026] [--quick]
//
// Rows of a binary task from a known population: y ~ Bernoulli(0.3); each model sees x = μ·y + e
// (e standard normal; the two models' e correlated 0.5) and gives P(class 1) = σ(1.5·(x − μ/2)),
// float32. μ = 1.5 for both models ("equal"), or 1.485 for the candidate ("drop").
//   1. the same rows, both methods: each metric's interval and each change's standard error and p-value;
//   2. coverage of the 95% intervals of the candidate's roc_auc, accuracy, f1, log_loss and brier,
//      whose population values are computed here by numerical integration (independent of shared/);
//   3. the gate (`significance: 0.05`, `{max_drop: 0}` on roc_auc, log_loss, brier and f1) on equal
//      models (false-fail rate, nominal α/2 = 2.5% per rule) and on the drop (power), both methods on the same rows.
// A trial is seeded by (--seed, trial): a rerun prints the same tables.
import { parseArgs } from 'node:util';
import { bundleShared } from './bundle-shared.mjs';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    'coverage-trials': { type: 'string', default: '200' },
    'full-trials': { type: 'string', default: '40' },
    'gate-trials': { type: 'string', default: '200' },
    'compare-rows': { type: 'string', default: '200000,1000000' },
    'power-trials': { type: 'string', default: '60' },
    'time-rows': { type: 'string', default: '47007900' },
    sections: { type: 'string', default: 'compare,coverage,gate,power' },
    seed: { type: 'string', default: '2026' },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('node bench/little-bootstraps.mjs [--rows N] [--coverage-trials N] [--full-trials N] [--gate-trials N] [--compare-rows N,M] [--seed S] [--quick]\n' +
    'Interval coverage, false-fail rate and power of little bootstraps against the ordinary bootstrap on the same rows; prints Markdown tables.\n' +
    '--full-trials: trials that also run the ordinary bootstrap (it costs ~50 CPU-ms a resample per million rows). --quick: a tenth of the trials.\n' +
    '--sections compare,coverage,gate,power,time: which to run (time: the metrics of --time-rows rows without resampling and with little bootstraps). power: the drop, both methods on the same rows, the gated metrics only (--power-trials).');
  process.exit(0);
}
const scale = args.quick ? 0.1 : 1;
const N = Number(args.rows);
const COVERAGE_TRIALS = Math.max(1, Math.round(Number(args['coverage-trials']) * scale));
const FULL_TRIALS = Math.max(1, Math.round(Number(args['full-trials']) * scale));
const GATE_TRIALS = Math.max(1, Math.round(Number(args['gate-trials']) * scale));
const COMPARE_ROWS = args['compare-rows'].split(',').map(Number);
const POWER_TRIALS = Math.max(1, Math.round(Number(args['power-trials']) * scale));
const SECTIONS = new Set(args.sections.split(','));
const SEED = Number(args.seed);
const ALPHA = 0.05;
const LEVEL = 0.95;
const RESAMPLES = 1000;
const MU = 1.5;
const MU_DROP = 1.485;
const PREVALENCE = 0.3;
const NOISE_CORRELATION = 0.5;

const lib = await bundleShared('little-bootstraps-lib', [
  "export { measureQuality } from './shared/evaluate/quality.ts';",
  "export { evaluateGate } from './shared/gate/index.ts';",
  "export { parseGatePolicy } from './shared/gate/load-policy.ts';",
  "export { SeededRandom, littleBootstrapsPlan, bootstrapAgainstBaseline, littleBootstrapsAgainstBaseline, prepareMetrics, computeMetrics } from './shared/metrics/index.ts';",
]);
const GATED = ['roc_auc', 'log_loss', 'brier', 'f1'];
const policy = lib.parseGatePolicy(`significance: ${ALPHA}\nmetrics:\n${GATED.map((m) => `  ${m}: { max_drop: 0 }`).join('\n')}\n`, 'bench.yml');

// --- rows from the population ------------------------------------------------------------------
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const probability = (x, mu) => Math.fround(sigmoid(1.5 * (x - mu / 2)));

function draw(seed, n, muCandidate, muBaseline) {
  const random = new lib.SeededRandom(seed);
  const unit = () => (random.nextUint32() + 0.5) / 2 ** 32;
  let spare;
  const normal = () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(unit()));
    const t = 2 * Math.PI * unit();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
  const yTrue = new Uint8Array(n);
  const models = [new Float32Array(n), new Float32Array(n)];
  const labels = [new Uint8Array(n), new Uint8Array(n)];
  const c = Math.sqrt(1 - NOISE_CORRELATION ** 2);
  for (let i = 0; i < n; i++) {
    const y = unit() < PREVALENCE ? 1 : 0;
    const e1 = normal();
    const e2 = NOISE_CORRELATION * e1 + c * normal();
    yTrue[i] = y;
    [[muCandidate, e1], [muBaseline, e2]].forEach(([mu, e], m) => {
      const p = probability(mu * y + e, mu);
      models[m][i] = p;
      labels[m][i] = p > Math.fround(1 - p) ? 1 : 0;
    });
  }
  const inputs = (m) => ({ task: 'binary', inputs: { yTrue, yPred: labels[m], proba: models[m], classCount: 2 } });
  return { candidate: inputs(0), baseline: inputs(1) };
}

// --- the population's values, by numerical integration over x (Simpson's rule) -------------------
const phi = (z) => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
function integrate(f, mean) {
  const steps = 20000;
  const lo = mean - 12;
  const h = 24 / steps;
  let sum = f(lo) * phi(lo - mean) + f(lo + 24) * phi(lo + 24 - mean);
  for (let k = 1; k < steps; k++) sum += (k % 2 ? 4 : 2) * f(lo + k * h) * phi(lo + k * h - mean);
  return (sum * h) / 3;
}
function normalCdf(z) {
  // Φ by integrating the density from −12 (ample for the figures here)
  return integrate(() => 1, 0) - integrate((x) => (x > z ? 1 : 0), 0);
}
function populationValues(mu) {
  const eps = 2 ** -23;
  const clip = (p) => Math.min(Math.max(p, eps), 1 - eps);
  const p1 = PREVALENCE;
  const p0 = 1 - p1;
  const logLoss = p1 * integrate((x) => -Math.log(clip(probability(x, mu))), mu) + p0 * integrate((x) => -Math.log(clip(Math.fround(1 - probability(x, mu)))), 0);
  const brier = p1 * integrate((x) => (1 - probability(x, mu)) ** 2, mu) + p0 * integrate((x) => probability(x, mu) ** 2, 0);
  // predicted positive when x > μ/2 (p > ½)
  const tp = p1 * (1 - normalCdf(mu / 2 - mu));
  const fp = p0 * (1 - normalCdf(mu / 2));
  const fn = p1 - tp;
  const tn = p0 - fp;
  // AUC of x between classes: P(μ + e > e') = Φ(μ/√2) (the float32 rounding ties a negligible share)
  return { roc_auc: normalCdf(mu / Math.SQRT2), accuracy: tp + tn, f1: (2 * tp) / (2 * tp + fp + fn), log_loss: logLoss, brier };
}

// --- running the gate's code ----------------------------------------------------------------------
function quality(data, method, seed, withBaseline) {
  const bootstrap = { resamples: RESAMPLES, seed, level: LEVEL, ...(method === 'little' ? { method: 'little-bootstraps' } : {}) };
  const started = process.cpuUsage();
  const q = lib.measureQuality({ candidate: data.candidate, ...(withBaseline ? { baseline: data.baseline } : {}), bootstrap });
  const cpu = process.cpuUsage(started);
  return { q, bootstrap, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
function gate({ q, bootstrap }) {
  const result = { metrics: q.metrics, baseline: q.baseline, deltas: q.deltas, directions: q.directions, intervals: q.intervals, bootstrap };
  const verdict = lib.evaluateGate(policy, result);
  return Object.fromEntries(GATED.map((m) => [m, verdict.rules.some((r) => r.metric === m && !r.passed)]));
}

// printed as it comes, so that a long run's finished sections survive an interruption
const say = (text = '') => console.log(text);
const fmt = (x, d = 5) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const se = (p, t) => Math.sqrt(Math.max(p * (1 - p), 1e-12) / t);
const withSe = (hits, t) => `${pct(hits / t)} ± ${(100 * se(hits / t, t)).toFixed(1)}`;
const started = Date.now();
const progress = (what) => process.stderr.write(`  ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);

// 1. the same rows
for (const n of SECTIONS.has('compare') ? COMPARE_ROWS : []) {
  const data = draw((SEED * 7919) >>> 0, n, MU_DROP, MU);
  const full = quality(data, 'full', 1, true);
  const little = quality(data, 'little', 1, true);
  const plan = lib.littleBootstrapsPlan(n, RESAMPLES);
  progress(`same rows, n=${n}`);
  say(`**${n.toLocaleString('en')} rows, the same rows resampled both ways** (${RESAMPLES} resamples each; little bootstraps: ${plan.subsets} subsets of ${plan.subsetRows.toLocaleString('en')} rows). CPU: ordinary ${full.cpuSeconds.toFixed(1)} s, little ${little.cpuSeconds.toFixed(1)} s (both models, every metric).`);
  say();
  say('| metric | value | ordinary 95% interval | little 95% interval | width, little / ordinary | ends apart, in ordinary widths | change | its SE, ordinary → little | p (drop side), ordinary → little |');
  say('| --- | ---: | --- | --- | ---: | ---: | ---: | --- | --- |');
  for (const name of Object.keys(full.q.intervals)) {
    const a = full.q.intervals[name];
    const b = little.q.intervals[name];
    const width = a.high - a.low;
    const apart = Math.max(Math.abs(a.low - b.low), Math.abs(a.high - b.high)) / width;
    const da = full.q.deltas[name];
    const db = little.q.deltas[name];
    const dropSide = (d) => (d.pValueDown === undefined ? '—' : fmt(full.q.directions[name] === 'higher' ? d.pValueDown : d.pValueUp, 3));
    say(`| ${name} | ${fmt(full.q.metrics[name])} | [${fmt(a.low)}, ${fmt(a.high)}] | [${fmt(b.low)}, ${fmt(b.high)}] | ${fmt((b.high - b.low) / width, 3)} | ${fmt(apart, 3)} | ${da ? fmt(da.absolute) : '—'} | ${da?.test === 'bootstrap' ? `${fmt(da.standardError)} → ${fmt(db.standardError)}` : `${da?.test ?? '—'}`} | ${da?.test === 'bootstrap' ? `${dropSide(da)} → ${dropSide(db)}` : '—'} |`);
  }
  say();
}

// 2. coverage
if (SECTIONS.has('coverage')) {
const truth = populationValues(MU);
const COVERED = Object.keys(truth);
const coverage = { little: Object.fromEntries(COVERED.map((m) => [m, 0])), full: Object.fromEntries(COVERED.map((m) => [m, 0])), littleOnFullTrials: Object.fromEntries(COVERED.map((m) => [m, 0])) };
const widths = { little: [], full: [] };
for (let t = 0; t < COVERAGE_TRIALS; t++) {
  const data = draw((SEED * 104729 + t) >>> 0, N, MU, MU);
  const little = quality(data, 'little', t, false).q;
  const withFull = t < FULL_TRIALS ? quality(data, 'full', t, false).q : undefined;
  for (const m of COVERED) {
    const inside = (i) => i.low <= truth[m] && truth[m] <= i.high;
    if (inside(little.intervals[m])) coverage.little[m]++;
    if (withFull) {
      if (inside(withFull.intervals[m])) coverage.full[m]++;
      if (inside(little.intervals[m])) coverage.littleOnFullTrials[m]++;
      if (m === 'roc_auc') {
        widths.full.push(withFull.intervals[m].high - withFull.intervals[m].low);
        widths.little.push(little.intervals[m].high - little.intervals[m].low);
      }
    }
  }
  if ((t + 1) % 20 === 0) progress(`coverage ${t + 1}/${COVERAGE_TRIALS}`);
}
say(`**Coverage of 95% intervals**, ${N.toLocaleString('en')} rows a trial, population values by numerical integration; little bootstraps ${COVERAGE_TRIALS} trials, the ordinary bootstrap on the first ${FULL_TRIALS} of them (and little bootstraps on those same ${FULL_TRIALS}); "±" one binomial standard error.`);
say();
say(`| metric | population value | little bootstraps (${COVERAGE_TRIALS}) | ordinary (${FULL_TRIALS}) | little, same ${FULL_TRIALS} |`);
say('| --- | ---: | ---: | ---: | ---: |');
for (const m of COVERED) say(`| ${m} | ${fmt(truth[m])} | ${withSe(coverage.little[m], COVERAGE_TRIALS)} | ${withSe(coverage.full[m], FULL_TRIALS)} | ${withSe(coverage.littleOnFullTrials[m], FULL_TRIALS)} |`);
const meanOf = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
say();
say(`roc_auc interval width, mean over the ${FULL_TRIALS} trials run both ways: ordinary ${fmt(meanOf(widths.full))}, little ${fmt(meanOf(widths.little))}.`);
say();
}

// 3. the gate
const tallies = {};
for (const [kind, muCandidate] of SECTIONS.has('gate') ? [['equal', MU], ['drop', MU_DROP]] : []) {
  for (const method of ['little', 'full', 'little-same']) tallies[`${kind} ${method}`] = { trials: 0, ...Object.fromEntries(GATED.map((m) => [m, 0])) };
  for (let t = 0; t < GATE_TRIALS; t++) {
    const data = draw((SEED * 15485863 + t * 31 + (kind === 'drop' ? 1 : 0)) >>> 0, N, muCandidate, MU);
    for (const method of t < FULL_TRIALS ? ['little', 'full'] : ['little']) {
      const failed = gate(quality(data, method, t, true));
      const tally = tallies[`${kind} ${method}`];
      tally.trials++;
      for (const m of GATED) tally[m] += failed[m] ? 1 : 0;
      if (method === 'little' && t < FULL_TRIALS) {
        const same = tallies[`${kind} little-same`];
        same.trials++;
        for (const m of GATED) same[m] += failed[m] ? 1 : 0;
      }
    }
    if ((t + 1) % 20 === 0) progress(`gate ${kind} ${t + 1}/${GATE_TRIALS}`);
  }
}
if (SECTIONS.has('gate')) {
say(`**The gate**, ${N.toLocaleString('en')} rows a trial, \`significance: ${ALPHA}\` and \`{max_drop: 0}\` on each metric; a rule fails on a significant drop (nominal false-fail rate α/2 = 2.5%). Equal models: both μ = ${MU}; drop: the candidate's μ = ${MU_DROP}.`);
say();
say('| models | method | trials | ' + GATED.map((m) => `${m} fails`).join(' | ') + ' |');
say('| --- | --- | ---: | ' + GATED.map(() => '---:').join(' | ') + ' |');
for (const [key, tally] of Object.entries(tallies)) {
  const [kind, method] = key.split(' ');
  say(`| ${kind} | ${method === 'full' ? 'ordinary' : method === 'little' ? 'little bootstraps' : 'little bootstraps, the same trials as the ordinary'} | ${tally.trials} | ${GATED.map((m) => withSe(tally[m], tally.trials)).join(' | ')} |`);
}
say();
}

// 4. power, both methods on the same rows: the gated metrics' paired tests only (the ordinary
// bootstrap of every metric is what makes section 3's ordinary trials few)
if (SECTIONS.has('power')) {
  const rejects = { full: Object.fromEntries(GATED.map((m) => [m, 0])), little: Object.fromEntries(GATED.map((m) => [m, 0])), agree: Object.fromEntries(GATED.map((m) => [m, 0])) };
  const pGaps = Object.fromEntries(GATED.map((m) => [m, []]));
  for (let t = 0; t < POWER_TRIALS; t++) {
    const data = draw((SEED * 15485863 + t * 31 + 1) >>> 0, N, MU_DROP, MU);
    const options = { resamples: RESAMPLES, seed: t, level: LEVEL };
    const prepared = ({ inputs }) => ({ inputs, evaluate: lib.prepareMetrics('binary', inputs, GATED, { repeatedWeights: true }), names: GATED });
    const full = lib.bootstrapAgainstBaseline(prepared(data.candidate), prepared(data.baseline), options).deltas;
    const point = ({ inputs }) => ({ inputs, names: GATED, point: lib.computeMetrics('binary', inputs, undefined, GATED) });
    const little = lib.littleBootstrapsAgainstBaseline('binary', point(data.candidate), point(data.baseline), { ...options, method: 'little-bootstraps' }, undefined).deltas;
    for (const m of GATED) {
      // the drop side's p-value, doubled, against α: what a `{max_drop: 0}` rule with significance α decides
      const side = (d) => Math.min(1, 2 * (m === 'log_loss' || m === 'brier' ? d.pValueUp : d.pValueDown));
      const [a, b] = [side(full[m]), side(little[m])];
      const [ra, rb] = [a < ALPHA && full[m].absolute * (m === 'log_loss' || m === 'brier' ? -1 : 1) < 0, b < ALPHA && little[m].absolute * (m === 'log_loss' || m === 'brier' ? -1 : 1) < 0];
      rejects.full[m] += ra ? 1 : 0;
      rejects.little[m] += rb ? 1 : 0;
      rejects.agree[m] += ra === rb ? 1 : 0;
      pGaps[m].push(Math.abs(a - b));
    }
    if ((t + 1) % 10 === 0) progress(`power ${t + 1}/${POWER_TRIALS}`);
  }
  say(`**Power on the same rows**, ${N.toLocaleString('en')} rows a trial, the candidate's μ = ${MU_DROP} against ${MU}, ${POWER_TRIALS} trials, each resampled both ways (${RESAMPLES} resamples, the gated metrics only): the share of trials in which a \`{max_drop: 0}\` rule at α = ${ALPHA} fails.`);
  say();
  say('| | ' + GATED.join(' | ') + ' |');
  say('| --- | ' + GATED.map(() => '---:').join(' | ') + ' |');
  say(`| ordinary bootstrap | ${GATED.map((m) => withSe(rejects.full[m], POWER_TRIALS)).join(' | ')} |`);
  say(`| little bootstraps | ${GATED.map((m) => withSe(rejects.little[m], POWER_TRIALS)).join(' | ')} |`);
  say(`| the same verdict | ${GATED.map((m) => pct(rejects.agree[m] / POWER_TRIALS)).join(' | ')} |`);
  say(`| median gap between the two p-values | ${GATED.map((m) => fmt([...pGaps[m]].sort((x, y) => x - y)[Math.floor(POWER_TRIALS / 2)], 4)).join(' | ')} |`);
  say();
}

// 5. time: measureQuality on many rows (both models, every metric), without resampling and with
// 1,000 resamples by little bootstraps, in the same process one after the other
if (SECTIONS.has('time')) {
  const rows = Number(args['time-rows']);
  const data = draw((SEED * 31) >>> 0, rows, MU_DROP, MU);
  const cpu = (work) => {
    const before = process.cpuUsage();
    const wall = Date.now();
    work();
    const used = process.cpuUsage(before);
    return { cpu: (used.user + used.system) / 1e6, wall: (Date.now() - wall) / 1000 };
  };
  const none = cpu(() => lib.measureQuality({ candidate: data.candidate, baseline: data.baseline, bootstrap: { resamples: 0, seed: 1, level: LEVEL } }));
  const little = cpu(() => lib.measureQuality({ candidate: data.candidate, baseline: data.baseline, bootstrap: { resamples: RESAMPLES, seed: 1, level: LEVEL, method: 'little-bootstraps' } }));
  const plan = lib.littleBootstrapsPlan(rows, RESAMPLES);
  say(`**Time**, ${rows.toLocaleString('en')} rows, a baseline model, every binary metric: the metrics without resampling ${none.cpu.toFixed(1)} CPU-s (${none.wall.toFixed(1)} s); with ${RESAMPLES} resamples by little bootstraps (${plan.subsets} subsets of ${plan.subsetRows.toLocaleString('en')} rows) ${little.cpu.toFixed(1)} CPU-s (${little.wall.toFixed(1)} s). Peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`);
}

const used = process.cpuUsage();
say(`${((Date.now() - started) / 1000).toFixed(0)} s (${((used.user + used.system) / 1e6).toFixed(0)} s of CPU, one thread).`);
