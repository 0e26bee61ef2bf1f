// Inference throughput: mlci's predict (parsed columns in, every output collected into columnar
// arrays) against onnxruntime-node's session.run over the same rows as prebuilt tensors, in the
// same process. Target: predict within 1.3× of the raw runs.
//   node bench/inference.mjs [rows=1000000] [batchSize=65536] [repeats=7] [intraOpThreads]
// Both sides use the same session (mlci's default options: NO_SPIN_OPTIONS, onnxruntime's default
// intra-op thread count, one per physical core), or with intraOpThreads given, that many threads.
// The TypeScript library is bundled with esbuild into bench/out/ (gitignored) first.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const batchSize = Number(process.argv[3] ?? 65_536);
const repeats = Number(process.argv[4] ?? 7);
const intraOpThreads = process.argv[5] === undefined ? undefined : Number(process.argv[5]);

const outfile = join(root, 'bench/out/inference-lib.mjs');
await build({
  stdin: { contents: "export { loadModel, predict, NO_SPIN_OPTIONS } from './shared/model/session.ts';\nexport { rowMajorCopier } from './shared/model/row-major.ts';\nexport { loadOnnxRuntime } from './shared/runtime/onnxruntime.ts';\nexport { silentLogger } from './shared/log.ts';", resolveDir: root, loader: 'ts' },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['onnxruntime-node'],
  logLevel: 'error',
});
const { loadModel, predict, NO_SPIN_OPTIONS, rowMajorCopier, loadOnnxRuntime, silentLogger } = await import(outfile);
const ort = await loadOnnxRuntime({ toolCacheDir: join(root, 'bench/out/tools'), cache: { restore: async () => false, save: async () => {} }, logger: silentLogger, allowInstall: false });

// breast-cancer test rows, repeated to `rows`, as the readers would produce them: one Float64Array per column
const lines = readFileSync(join(root, 'test/fixtures/data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
const names = lines[0].split(',');
const source = lines.slice(1).map((l) => l.split(',').map(Number));
const columns = names.map((name, c) => {
  const values = new Float64Array(rows);
  for (let r = 0; r < rows; r++) values[r] = source[r % source.length][c];
  return { kind: 'numeric', name, values };
});
const table = { source: 'bench', format: 'csv', rowCount: rows, columns };
const features = columns.filter((c) => c.name !== 'target');
const width = features.length;

const sessionOptions = intraOpThreads === undefined ? NO_SPIN_OPTIONS : { ...NO_SPIN_OPTIONS, intraOpNumThreads: intraOpThreads };
const model = await loadModel(join(root, 'test/fixtures/models/breast_cancer_lr.onnx'), { ort, sessionOptions });

// The peer: tensors built before timing, then only session.run, all outputs fetched.
const tensors = [];
for (let start = 0; start < rows; start += batchSize) {
  const n = Math.min(batchSize, rows - start);
  const data = new Float32Array(n * width);
  for (let r = 0; r < n; r++) for (let c = 0; c < width; c++) data[r * width + c] = features[c].values[start + r];
  tensors.push(new ort.Tensor('float32', data, [n, width]));
}
async function rawRuns() {
  const outputs = [];
  for (const input of tensors) outputs.push(await model.session.run({ input }));
  return outputs;
}

const time = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What predict does that the peer does not: interleave the columns into row-major float32.
const copyRows = rowMajorCopier(features.map((c) => c.values));
const fillBuffer = new Float32Array(Math.min(batchSize, rows) * width);
async function fillOnly() {
  for (let start = 0; start < rows; start += batchSize) copyRows(fillBuffer, start, Math.min(batchSize, rows - start));
}

await rawRuns(); // warm-up: onnxruntime's first runs allocate
// The first call is slower (its code not yet optimized, its buffers touched for the first time):
// printed, not counted.
const firstMs = await time(() => predict(model, table, { target: 'target', batchSize }));
const raw = [];
const ours = [];
const fills = [];
for (let i = 0; i < repeats; i++) {
  fills.push(await time(fillOnly));
  raw.push(await time(rawRuns));
  ours.push(await time(() => predict(model, table, { target: 'target', batchSize })));
}
const rate = (ms) => `${((rows / ms) * 1000 / 1e6).toFixed(2)} M rows/s`;
console.log(`rows ${rows}, batch ${batchSize}, ${Math.ceil(rows / batchSize)} batches, ${repeats} interleaved repeats, intra-op threads ${intraOpThreads ?? "onnxruntime's default"}`);
console.log(`first predict call (cold) ${firstMs.toFixed(1)} ms`);
// The minimum is the run least disturbed by other processes; the median shows the typical one.
for (const [label, pick] of [['min', (xs) => Math.min(...xs)], ['median', median]]) {
  const rawMs = pick(raw);
  const oursMs = pick(ours);
  console.log(`${label}: filling row-major buffers alone ${pick(fills).toFixed(1)} ms`);
  console.log(`${label}: onnxruntime session.run over prebuilt tensors ${rawMs.toFixed(1)} ms (${rate(rawMs)}); mlci predict from columns ${oursMs.toFixed(1)} ms (${rate(oursMs)}); ratio ${(oursMs / rawMs).toFixed(2)}× (target ≤ 1.30×)`);
}
