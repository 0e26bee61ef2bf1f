// Peak memory of a streamed evaluation as the data grows: the breast-cancer test rows repeated to
// each size given (GB of CSV), written to a temp file, evaluated by `mlci evaluate-gate`
// (no bootstrap, one model), and deleted. Prints rows, seconds and peak RSS per size, and the
// bytes per row between the two largest sizes, to extrapolate to sizes the disk cannot hold.
//   npm run build && node bench/evaluate-memory.mjs [GB ...]   (default: 0.2 1 2)
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedRun } from './paired.mjs';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number);
const model = join(root, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');
const dir = mkdtempSync(join(tmpdir(), 'mlci-evaluate-memory-'));

async function write(path, bytes) {
  const [header, ...lines] = readFileSync(join(root, 'test', 'fixtures', 'data', 'breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const block = `${lines.join('\n')}\n`.repeat(100);
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let written = 0;
  while (written < bytes) {
    if (!out.write(block)) await new Promise((r) => out.once('drain', r));
    written += block.length;
  }
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
  return Math.round((written / block.length) * lines.length * 100);
}

const rows = [];
try {
  for (const gb of sizes.length ? sizes : [0.2, 1, 2]) {
    const csv = join(dir, `rows_${gb}gb.csv`);
    const n = await write(csv, gb * 1e9);
    const { seconds, maxRssKb } = await timedRun(process.execPath, [join(root, 'dist', 'cli', 'index.mjs'), 'evaluate-gate', '--model', model, '--data', csv, '--target', 'target', '--bootstrap-resamples', '0', '--output-dir', join(dir, 'out')]);
    rows.push({ gb: statSync(csv).size / 1e9, n, seconds, mb: maxRssKb / 1024 });
    console.log(`${(statSync(csv).size / 1e9).toFixed(2)} GB, ${n.toLocaleString('en')} rows: ${seconds.toFixed(1)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    rmSync(csv);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (rows.length >= 2) {
  const [a, b] = rows.slice(-2);
  const perRow = ((b.mb - a.mb) * 2 ** 20) / (b.n - a.n);
  console.log(`peak RSS grows ${perRow.toFixed(0)} bytes a row between the two largest sizes; at 47M rows (10 GB) that is about ${((b.mb * 2 ** 20 + (47e6 - b.n) * perRow) / 2 ** 30).toFixed(2)} GB (extrapolated, not measured)`);
}
