// Inference throughput: mlci's predict (parsed data in, every output collected into columnar
// arrays, the probability rows checked) against onnxruntime-node's session.run over the same rows
// as prebuilt tensors, in the same process. Target: evaluate-gate's inference stage (predict as
// evaluate-gate calls it: the CSV's feature matrix in, compact outputs) within 1.1× of the raw runs.
//   node bench/inference.mjs [rows=1000000] [batchSize=65536] [repeats=15] [intraOpThreads]
// The data is the benchmark CSV (the breast-cancer test rows repeated), parsed by mlci's CSV reader
// twice: as evaluate-gate reads it, with the row-major feature matrix the model's input takes
// (shared/data/feature-matrix.ts), and as plain columns, the form a JSON Lines file or a table
// built in code has, from which predict interleaves the rows itself. predict is timed on both, and the
// reads are timed too, so that what the matrix adds to parsing stands beside what it saves.
// predict's time is the whole call, its warm-up included (in a pass of more than 10 large batches
// that is the pass's own first batch, left out of the latency samples: shared/model/latency-runs.ts).
// Both sides use the same session (mlci's default options: NO_SPIN_OPTIONS, onnxruntime's default
// intra-op thread count, one per physical core), or with intraOpThreads given, that many threads.
// The TypeScript library is bundled with esbuild into bench/out/ (gitignored) first.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { breastCancerRows } from './make-data.mjs';
import { summary } from './paired.mjs';

const root = resolve(import.meta.dirname, '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const batchSize = Number(process.argv[3] ?? 65_536);
const repeats = Number(process.argv[4] ?? 15);
const intraOpThreads = process.argv[5] === undefined ? undefined : Number(process.argv[5]);

const outfile = join(root, 'bench/out/inference-lib.mjs');
const exports = [
  "export { loadModel, predict, NO_SPIN_OPTIONS } from './shared/model/session.ts';",
  "export { featureMatrixRequest } from './shared/model/feeds.ts';",
  "export { rowMajorCopier } from './shared/model/row-major.ts';",
  "export { loadTable } from './shared/data/load.ts';",
  "export { loadOnnxRuntime } from './shared/runtime/onnxruntime.ts';",
  "export { silentLogger } from './shared/log.ts';",
];
await build({
  stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['onnxruntime-node'],
  logLevel: 'error',
});
const { loadModel, predict, NO_SPIN_OPTIONS, featureMatrixRequest, rowMajorCopier, loadTable, loadOnnxRuntime, silentLogger } = await import(outfile);
const ort = await loadOnnxRuntime({ toolCacheDir: join(root, 'bench/out/tools'), cache: { restore: async () => false, save: async () => {} }, logger: silentLogger, allowInstall: false });

const sessionOptions = intraOpThreads === undefined ? NO_SPIN_OPTIONS : { ...NO_SPIN_OPTIONS, intraOpNumThreads: intraOpThreads };
const model = await loadModel(join(root, 'test/fixtures/models/breast_cancer_lr.onnx'), { ort, sessionOptions });

// Each timed call starts from a collected heap, the raw runs' as much as predict's: otherwise a
// call pays, at random, for the garbage the call before it left (the other variants' 12 MB output
// arrays), as page faults on fresh memory or as the zeroing of reused memory.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const time = async (fn) => {
  collectGarbage();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};
const median = (xs) => summary(xs).median;

// The two reads, alternated, three of each.
const csv = await breastCancerRows(rows);
const featureMatrix = featureMatrixRequest(model.signature, ['target']);
let withMatrix;
let columnsOnly;
const reads = { columns: [], matrix: [] };
for (let i = 0; i < 3; i++) {
  reads.columns.push(await time(async () => (columnsOnly = await loadTable(csv))));
  reads.matrix.push(await time(async () => (withMatrix = await loadTable(csv, { featureMatrix }))));
}
if (!withMatrix.featureMatrix || columnsOnly.featureMatrix) throw new Error('the reads did not come out as asked');
const features = columnsOnly.columns.filter((c) => c.name !== 'target');
const width = features.length;

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

// What predict does from plain columns that the peer does not: interleave them into row-major float32.
const copyRows = rowMajorCopier(features.map((c) => c.values));
const fillBuffer = new Float32Array(Math.min(batchSize, rows) * width);
async function fillOnly() {
  for (let start = 0; start < rows; start += batchSize) copyRows(fillBuffer, start, Math.min(batchSize, rows - start));
}

// evaluate-gate keeps its outputs compact (8-bit labels, a binary model's P(class 1) alone)
const asEvaluateGate = () => predict(model, withMatrix, { target: 'target', batchSize, compact: true });
const fromMatrix = () => predict(model, withMatrix, { target: 'target', batchSize });
const fromColumns = () => predict(model, columnsOnly, { target: 'target', batchSize });

// The two tables must give the same predictions, to the bit, and the compact ones the same values.
const [a, b, c] = [await fromMatrix(), await fromColumns(), await asEvaluateGate()];
const probabilities = [a, b].map((p) => p.predictions.probabilities);
if (!probabilities[0].every((v, i) => Object.is(v, probabilities[1][i]))) throw new Error('predictions from the matrix and from the columns differ');
const compact = c.predictions.probabilities;
if (compact.length !== rows || !compact.every((v, i) => Object.is(v, probabilities[0][2 * i + 1])) || !c.predictions.labels.every((l, i) => l === a.predictions.labels[i])) throw new Error('the compact predictions differ from the full ones');

await rawRuns(); // warm-up: onnxruntime's first runs allocate
const raw = [];
const gate = [];
const matrix = [];
const columns = [];
const fills = [];
for (let i = 0; i < repeats; i++) {
  fills.push(await time(fillOnly));
  raw.push(await time(rawRuns));
  gate.push(await time(asEvaluateGate));
  matrix.push(await time(fromMatrix));
  columns.push(await time(fromColumns));
}
const rate = (ms) => `${((rows / ms) * 1000 / 1e6).toFixed(2)} M rows/s`;
console.log(`rows ${rows}, batch ${batchSize}, ${Math.ceil(rows / batchSize)} batches, ${repeats} interleaved repeats, intra-op threads ${intraOpThreads ?? "onnxruntime's default"}`);
console.log(`reading the CSV: as plain columns ${Math.min(...reads.columns).toFixed(0)} ms, with the feature matrix ${Math.min(...reads.matrix).toFixed(0)} ms (best of 3 each)`);
// The minimum is the run least disturbed by other processes; the median shows the typical one.
for (const [label, pick] of [['min', (xs) => Math.min(...xs)], ['median', median]]) {
  const rawMs = pick(raw);
  const line = (what, ms) => `${what} ${ms.toFixed(1)} ms (${rate(ms)}), ratio ${(ms / rawMs).toFixed(2)}×`;
  console.log(`${label}: onnxruntime session.run over prebuilt tensors ${rawMs.toFixed(1)} ms (${rate(rawMs)})`);
  console.log(`${label}:   ${line('mlci predict as evaluate-gate calls it (the CSV\'s feature matrix, compact outputs):', pick(gate))} (target ≤ 1.10×)`);
  console.log(`${label}:   ${line('mlci predict, the same table, every output column kept:', pick(matrix))}`);
  console.log(`${label}:   ${line('mlci predict, plain columns (JSON Lines, tables built in code):', pick(columns))}; interleaving them alone ${pick(fills).toFixed(1)} ms`);
}
// Each repeat runs the raw pass and evaluate-gate's right after it: the ratio within a repeat
// meets one state of the machine, so its median moves least when the load drifts between repeats.
const paired = summary(gate.map((ms, i) => ms / raw[i]));
console.log(`paired: evaluate-gate's inference stage ÷ the raw runs just before it, median of ${paired.runs} repeats ${paired.median.toFixed(2)}× (${paired.min.toFixed(2)}–${paired.max.toFixed(2)}×) (target ≤ 1.10×)`);
