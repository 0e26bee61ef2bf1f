// The whole evaluation of a 1,000,000-row CSV (load, infer, metrics with bootstrap intervals,
// report) by `mlci evaluate-gate`, against the same job done the way a Python evaluation script
// does it (bench/peers/evaluate_sklearn.py: pandas + numpy + scikit-learn), in the same command.
// Needs Debian's python3-pandas python3-sklearn python3-onnx. Run: npm run build && node bench/evaluate.mjs [rows] [resamples]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { breastCancerRows, benchDir, outDir } from './make-data.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const resamples = process.argv[3] ?? '20';
const csv = await breastCancerRows(rows);
const model = join(benchDir, '..', 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');

function timed(label, command, args) {
  const start = process.hrtime.bigint();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(40)} ${seconds.toFixed(2)} s`);
  return seconds;
}

console.log(`whole evaluation of ${rows.toLocaleString('en')} rows with ${resamples} bootstrap resamples`);
const ours = timed('mlci evaluate-gate (node)', process.execPath, [
  join(benchDir, '..', 'dist', 'cli', 'index.mjs'), 'evaluate-gate', '--model', model, '--data', csv, '--target', 'target',
  '--bootstrap-resamples', resamples, '--output-dir', join(outDir, 'evaluate'),
]);
const peer = timed('pandas + numpy + scikit-learn (python)', '/usr/bin/python3', [join(benchDir, 'peers', 'evaluate_sklearn.py'), model, csv, resamples, join(outDir, 'evaluate-peer.md')]);
console.log(`ratio mlci / python: ${(ours / peer).toFixed(2)}× (${(peer / ours).toFixed(1)}× faster)`);
