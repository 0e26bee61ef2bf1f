// Peak memory of a streamed evaluation as the data grows: the breast-cancer test rows repeated to
// each size given (GB of CSV), written to a temp file, evaluated by `mlci evaluate-gate`
// (no bootstrap), and deleted. Prints rows, seconds and peak RSS per size and configuration, and
// the bytes per row between the two largest sizes, to extrapolate to sizes the disk cannot hold.
//   npm run build && node bench/evaluate-memory.mjs [GB ...] [--baseline] [--bootstrap=N] [--gzip] [--peer=path/to/cli/index.mjs]
// --baseline: each file evaluated twice more, with breast_cancer_lr_weak.onnx as the baseline model.
// --bootstrap=N: resamples in every run (default 0).
// --gzip: the file is written gzip-compressed (level 1; GB counts the CSV's bytes before compression):
//   its rows are not known until read, so the kept arrays grow as they come instead of being sized
//   once from the file's length.
// --peer: the same runs with another build of mlci (e.g. main's dist/cli/index.mjs), side by side.
import { createGzip } from 'node:zlib';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedRun } from './paired.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ?? (args.includes(`--${name}`) ? '' : undefined);
const resamples = flag('bootstrap') ?? '0';
const peer = flag('peer');
const gzip = flag('gzip') !== undefined;
const model = join(root, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');
const baselineModel = join(root, 'test', 'fixtures', 'models', 'breast_cancer_lr_weak.onnx');
const dir = mkdtempSync(join(tmpdir(), 'mlci-evaluate-memory-'));

const builds = [{ name: 'this build', cli: join(root, 'dist', 'cli', 'index.mjs') }, ...(peer ? [{ name: 'peer', cli: resolve(peer) }] : [])];
const configurations = [{ name: 'one model', extra: [] }, ...(flag('baseline') !== undefined ? [{ name: 'with baseline', extra: ['--baseline', baselineModel] }] : [])];
const runs = builds.flatMap((build) => configurations.map((c) => ({ ...c, build, label: `${build.name}, ${c.name}`, sizes: [] })));

async function write(path, bytes) {
  const [header, ...lines] = readFileSync(join(root, 'test', 'fixtures', 'data', 'breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const block = `${lines.join('\n')}\n`.repeat(100);
  const file = createWriteStream(path);
  const out = gzip ? createGzip({ level: 1 }) : file;
  if (gzip) out.pipe(file);
  out.write(`${header}\n`);
  let written = 0;
  while (written < bytes) {
    if (!out.write(block)) await new Promise((r) => out.once('drain', r));
    written += block.length;
  }
  out.end();
  await new Promise((r, j) => file.once('close', r).once('error', j));
  return { n: Math.round((written / block.length) * lines.length * 100), bytes: header.length + 1 + written };
}

try {
  for (const gb of sizes.length ? sizes : [0.2, 1, 2]) {
    const csv = join(dir, `rows_${gb}gb.csv${gzip ? '.gz' : ''}`);
    const { n, bytes } = await write(csv, gb * 1e9);
    const size = bytes / 1e9;
    for (const run of runs) {
      const { seconds, maxRssKb } = await timedRun(process.execPath, [run.build.cli, 'evaluate-gate', '--model', model, '--data', csv, '--target', 'target', '--bootstrap-resamples', resamples, '--output-dir', join(dir, 'out'), ...run.extra]);
      run.sizes.push({ n, mb: maxRssKb / 1024 });
      console.log(`${size.toFixed(2)} GB${gzip ? ` (gzip: ${(statSync(csv).size / 1e9).toFixed(2)} GB on disk)` : ''}, ${n.toLocaleString('en')} rows, ${run.label}: ${seconds.toFixed(1)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    }
    rmSync(csv);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const run of runs) {
  if (run.sizes.length < 2) continue;
  const [a, b] = run.sizes.slice(-2);
  const perRow = ((b.mb - a.mb) * 2 ** 20) / (b.n - a.n);
  const at47M = (b.mb * 2 ** 20 + (47e6 - b.n) * perRow) / 2 ** 30;
  console.log(`${run.label}: peak RSS grows ${perRow.toFixed(1)} bytes a row between the two largest sizes; at 47M rows (10 GB) that is about ${at47M.toFixed(2)} GB (extrapolated, not measured)`);
}
