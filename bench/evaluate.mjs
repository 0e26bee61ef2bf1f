// The whole evaluation of a 1,000,000-row CSV (load, infer, metrics, report, manifest) by
// `mlci evaluate-gate`, against the same job done the way a Python evaluation script does it
// (bench/peers/evaluate_sklearn.py: pandas + numpy + scikit-learn), each a whole process, in
// paired, alternating runs: alone, and against a baseline model run on the same rows.
// Needs Debian's python3-pandas python3-sklearn python3-onnx.
//   npm run build && node bench/evaluate.mjs [rows=1000000] [resamples=0] [rounds=5] [--main-thread]
// --main-thread adds a run of mlci parsing on its main thread (MLCI_READ_THREADS=0) beside the
// default (a reading thread for a large CSV, shared/data/csv-parallel.ts).
import { join } from 'node:path';
import { breastCancerRows, benchDir, outDir } from './make-data.mjs';
import { fmt, pairedRuns } from './paired.mjs';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rows = Number(positional[0] ?? 1_000_000);
const resamples = positional[1] ?? '0';
const rounds = Number(positional[2] ?? 5);
const mainThread = process.argv.includes('--main-thread');
const csv = await breastCancerRows(rows);
const models = join(benchDir, '..', 'test', 'fixtures', 'models');
const model = join(models, 'breast_cancer_lr.onnx');
const baseline = join(models, 'breast_cancer_lr_weak.onnx');
const cli = join(benchDir, '..', 'dist', 'cli', 'index.mjs');

const mlci = (label, extra) => ({
  label,
  command: process.execPath,
  args: [cli, 'evaluate-gate', '--model', model, '--data', csv, '--target', 'target', '--bootstrap-resamples', resamples, '--output-dir', join(outDir, 'evaluate'), ...extra],
});
const python = (label, extra) => ({ label, command: '/usr/bin/python3', args: [join(benchDir, 'peers', 'evaluate_sklearn.py'), model, csv, resamples, join(outDir, 'evaluate-peer.md'), ...extra] });

const onMainThread = { ...mlci('mlci evaluate-gate, parsing on the main thread', []), env: { ...process.env, MLCI_READ_THREADS: '0' } };
const results = await pairedRuns(
  [mlci('mlci evaluate-gate', []), python('pandas + scikit-learn', []), mlci('mlci evaluate-gate, baseline model', ['--baseline', baseline]), python('pandas + scikit-learn, baseline model', [baseline]), ...(mainThread ? [onMainThread] : [])],
  rounds,
);
console.log(`whole evaluation of ${rows.toLocaleString('en')} rows, ${resamples} bootstrap resamples, ${rounds} paired rounds (median, min–max); the machine may be shared`);
for (const r of results) console.log(`${r.label.padEnd(40)} ${fmt(r)}  peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`);
for (const [ours, peer] of [[results[0], results[1]], [results[2], results[3]]]) {
  // the ratio of medians, and its range over the rounds (each round's pair)
  const ratios = ours.seconds.map((s, i) => peer.seconds[i] / s).sort((a, b) => a - b);
  console.log(`${ours.label}: ${(peer.median / ours.median).toFixed(1)}× faster than ${peer.label} (per round ${ratios[0].toFixed(1)}–${ratios[ratios.length - 1].toFixed(1)}×; CPU time ${(peer.cpu.median / ours.cpu.median).toFixed(1)}×)`);
}
