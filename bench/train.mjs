// Benchmark of the built-in trainers on 1,000,000 rows × 30 columns, with scikit-learn fitting the
// same data in the same command as the peer. Run: node bench/train.mjs [rows]
// The peer needs Debian's python3-sklearn (apt-get install -y python3-sklearn) at /usr/bin/python3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const columns = 30;
const work = mkdtempSync(join(tmpdir(), 'mlci-bench-train-'));

try {
  // the TypeScript library, bundled once for this process
  const bundle = join(work, 'trainers.mjs');
  await build({ entryPoints: [join(root, 'shared/train/builtin/trainers.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning' });
  const { trainBuiltin } = await import(pathToFileURL(bundle).href);

  // synthetic data: normal features, a linear signal with an interaction, a noisy binary label
  let seed = 12345;
  const uniform = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const features = Array.from({ length: columns }, () => Float64Array.from({ length: rows }, normal));
  const weights = Array.from({ length: columns }, (_, j) => (j % 3 === 0 ? 0 : normal()));
  const value = new Float64Array(rows);
  const label = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0.5 * features[0][i] * features[1][i];
    for (let j = 0; j < columns; j++) s += weights[j] * features[j][i];
    value[i] = s + normal();
    label[i] = s + 2 * normal() > 0 ? 1 : 0;
  }
  const table = (target) => ({
    source: 'generated',
    format: 'csv',
    rowCount: rows,
    columns: [...features.map((values, j) => ({ kind: 'numeric', name: `f${j}`, values })), { kind: 'numeric', name: 'y', values: target }],
  });

  const ours = {};
  for (const [trainer, target, params] of [
    ['builtin:logistic-regression', label, {}],
    ['builtin:linear-regression', value, {}],
    ['builtin:gradient-boosted-trees', label, {}],
  ]) {
    const started = performance.now();
    const result = trainBuiltin(trainer, table(target), 'y', params);
    ours[trainer] = (performance.now() - started) / 1000;
    console.log(`mlci ${trainer}: ${ours[trainer].toFixed(2)} s (${JSON.stringify(result.details)}, model ${(result.model.length / 1024).toFixed(0)} KiB)`);
  }

  // the peer reads the very same numbers
  const matrix = new Float64Array(rows * columns);
  for (let j = 0; j < columns; j++) for (let i = 0; i < rows; i++) matrix[i * columns + j] = features[j][i];
  writeFileSync(join(work, 'x.f64'), new Uint8Array(matrix.buffer));
  writeFileSync(join(work, 'label.f64'), new Uint8Array(label.buffer));
  writeFileSync(join(work, 'value.f64'), new Uint8Array(value.buffer));
  let peer;
  try {
    peer = JSON.parse(execFileSync('/usr/bin/python3', [join(root, 'bench/train_sklearn.py'), work, String(rows), String(columns)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  } catch (err) {
    console.log(`scikit-learn peer not run (${err.message.split('\n')[0]}); install python3-sklearn to compare.`);
  }
  if (peer) {
    console.log(`scikit-learn ${peer.version} (same data, same command; threads: ${peer.threads}):`);
    const pairs = [
      ['builtin:logistic-regression', 'LogisticRegression(lbfgs) + StandardScaler'],
      ['builtin:linear-regression', 'LinearRegression'],
      ['builtin:gradient-boosted-trees', 'HistGradientBoostingClassifier(100 iters, 31 leaves)'],
    ];
    for (const [trainer, name] of pairs) {
      const theirs = peer[trainer];
      console.log(`  ${name}: ${theirs.toFixed(2)} s — mlci/sklearn time ratio ${(ours[trainer] / theirs).toFixed(2)}`);
    }
  }
  const total = Object.values(ours).reduce((a, b) => a + b, 0);
  console.log(`rows=${rows} columns=${columns} mlci total ${total.toFixed(1)} s; slowest trainer ${Math.max(...Object.values(ours)).toFixed(1)} s (budget: 60 s each)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
