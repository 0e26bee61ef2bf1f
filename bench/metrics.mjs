// Benchmark: mlci's metrics against scikit-learn's on the same rows, in one command.
//
//   node bench/metrics.mjs [--rows 1000000] [--boot-rows 100000] [--resamples 200]
//
// (a) the full binary metric set on --rows rows, (b) --resamples bootstrap resamples of the set on
// the first --boot-rows rows. Labels and probabilities are breast-cancer-like (63% positive, a
// well-separating but imperfect score), drawn with a seeded generator and written as .npy files
// that /usr/bin/python3 (Debian's python3-sklearn) reads. Prints each side's seconds and the ratio.
// Seconds are CPU time (user + system) of each process, so that other load on a shared machine does
// not skew the ratio; both sides compute on one thread.
// The library is bundled with esbuild into bench/out/ (gitignored) first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, 'boot-rows': { type: 'string', default: '100000' }, resamples: { type: 'string', default: '200' } },
});
const rows = Number(args.rows);
const bootRows = Math.min(Number(args['boot-rows']), rows);
const resamples = Number(args.resamples);
const seed = 2026;

mkdirSync(out, { recursive: true });
const bundle = join(out, 'metrics-lib.mjs');
await build({ entryPoints: [join(root, 'shared', 'metrics', 'index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
const metrics = await import(pathToFileURL(bundle).href);

// --- data ---------------------------------------------------------------------------------------
const random = new metrics.SeededRandom(seed);
const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
const y = new Int32Array(rows);
const p1 = new Float32Array(rows);
for (let i = 0; i < rows; i++) {
  y[i] = uniform() < 0.63 ? 1 : 0;
  const normal = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  // rounded to 1e-4 so that ties occur, as with a model's saturated or quantised scores
  p1[i] = Math.round(1e4 / (1 + Math.exp(-((y[i] ? 2 : -2) + 1.6 * normal)))) / 1e4;
}
writeNpy(join(out, 'metrics-y.npy'), y, '<i4');
writeNpy(join(out, 'metrics-p1.npy'), p1, '<f4');

/** NumPy's .npy format 1.0: magic, version, little-endian header length, a dict header padded to 64 bytes. */
function writeNpy(path, array, descr) {
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${array.length},), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const prefix = Buffer.alloc(10);
  prefix.write('\x93NUMPY', 0, 'latin1');
  prefix.writeUInt8(1, 6);
  prefix.writeUInt8(0, 7);
  prefix.writeUInt16LE(header.length, 8);
  writeFileSync(path, Buffer.concat([prefix, Buffer.from(header, 'latin1'), Buffer.from(array.buffer, array.byteOffset, array.byteLength)]));
}

// --- mlci ---------------------------------------------------------------------------------------
/** Starts from the same two arrays as the Python side: builds the n × 2 probabilities and labels too. */
function inputsFrom(yTrue, scores) {
  const n = yTrue.length;
  const proba = new Float32Array(2 * n);
  const yPred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    proba[2 * i] = 1 - scores[i];
    proba[2 * i + 1] = scores[i];
    yPred[i] = scores[i] >= 0.5 ? 1 : 0;
  }
  return { yTrue, yPred, proba, classCount: 2 };
}

function seconds(fn) {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return [(used.user + used.system) / 1e6, result];
}

const fullRuns = [];
let ours;
for (let run = 0; run < 3; run++) {
  const [s, values] = seconds(() => metrics.computeMetrics('binary', inputsFrom(y, p1)));
  fullRuns.push(s);
  ours = values;
}
const [bootSeconds] = seconds(() =>
  metrics.bootstrapIntervals('binary', inputsFrom(y.subarray(0, bootRows), p1.subarray(0, bootRows)), { resamples, seed, level: 0.95 }),
);

// --- scikit-learn -------------------------------------------------------------------------------
const python = JSON.parse(
  execFileSync('/usr/bin/python3', [join(root, 'bench', 'metrics-sklearn.py'), join(out, 'metrics-y.npy'), join(out, 'metrics-p1.npy'), String(bootRows), String(resamples), String(seed)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  }),
);

// the two sides must agree before their speed means anything
let worst = 0;
for (const [name, theirs] of Object.entries(python.values)) worst = Math.max(worst, Math.abs(ours[name] - theirs) / Math.max(Math.abs(theirs), 1e-12));

const fullSeconds = Math.min(...fullRuns);
const line = (label, mine, theirs) =>
  console.log(`${label.padEnd(46)} mlci ${mine.toFixed(3)} s   scikit-learn ${theirs.toFixed(3)} s   scikit-learn/mlci ${(theirs / mine).toFixed(1)}×`);
console.log(`binary metric set: ${Object.keys(ours).length} metrics; largest relative difference from scikit-learn ${worst.toExponential(1)}`);
line(`(a) full set, ${rows.toLocaleString('en')} rows (best of 3)`, fullSeconds, python.fullSeconds);
line(`(b) ${resamples} bootstrap resamples, ${bootRows.toLocaleString('en')} rows`, bootSeconds, python.bootstrapSeconds);
