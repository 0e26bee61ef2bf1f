// validate-data on a generated CSV of 30 numeric and 5 categorical columns, against pandas doing the
// same profile and checks (count, missing, distinct, mean, std, min, max, quantiles, histogram, top
// values; range, missing and allowed-value rules), and against DuckDB (bench/validate_duckdb.mjs:
// the same profile in SQL, and a plain count/min/max scan), each in its own process, in paired,
// alternating rounds in the same command.
//   node bench/validate.mjs [megabytes=200] [--workers=N] [--rounds=3] [--js-scanner] [--processes]
// (mlci as the action reads one file: one process, parsing on a worker thread while it profiles;
// --processes runs mlci once more per round without that thread, so that a file of 384 MiB or more
// is read by N worker processes (default 2), each a share of the rows; --js-scanner runs mlci once
// more per round with the JavaScript record scanner, MLCI_CSV_SCANNER=js, for the ratio)
// Needs /usr/bin/python3 with pandas (apt-get install python3-pandas). Data, schema and the bundle of
// the TypeScript sources go to bench/out/ (gitignored). Prints MB/s, CPU time and peak RSS (for mlci:
// its main process and its workers together) and the ratio. The machine may be shared: compare the
// CPU times too, and run it more than once.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rng } from './xorshift.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const megabytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200);
const workersArg = process.argv.find((a) => a.startsWith('--workers='));
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
mkdirSync(out, { recursive: true });

const NUMERIC = 30;
const CATEGORIES = [3, 10, 50, 200, 1000]; // vocabulary sizes of the 5 categorical columns
const csv = join(out, `validate_${megabytes}mb.csv`);
const schema = join(out, 'validate_schema.yml');
if (!existsSync(csv)) await generate(csv, megabytes * 1e6);
writeSchema(schema);

const bundle = join(out, 'validate-lib.mjs');
const workerScript = join(out, 'validate-scan-worker.mjs');
const esm = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } };
await build({ ...esm, entryPoints: [join(root, 'shared', 'validate', 'index.ts')], outfile: bundle });
await build({ ...esm, entryPoints: [join(root, 'shared', 'validate', 'scan-worker.ts')], outfile: workerScript });
// the CSV reading thread (shared/data/csv-read-worker.ts): one process parses a large file on it while profiling
const readWorkerScript = join(out, 'csv-read-worker.mjs');
await build({ ...esm, entryPoints: [join(root, 'shared', 'data', 'csv-read-worker.ts')], outfile: readWorkerScript });
const workers = Number(workersArg?.split('=')[1] ?? 2);

const size = statSync(csv).size / 1e6;
console.log(`data: ${csv} (${size.toFixed(0)} MB, ${NUMERIC} numeric + ${CATEGORIES.length} categorical columns)`);
const lastJson = (command, args, env = process.env) => JSON.parse(execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1e8, env }).trim().split('\n').pop());
const mlciArgs = [join(root, 'bench', 'validate-run.mjs'), bundle, csv, schema, join(out, 'validate-result'), String(workers), workerScript, readWorkerScript];
const peers = [
  { name: 'mlci', mlci: true, run: () => lastJson(process.execPath, mlciArgs) },
  { name: 'pandas', run: () => lastJson('/usr/bin/python3', [join(root, 'bench', 'validate_pandas.py'), csv, String(NUMERIC), String(CATEGORIES.length)]) },
  { name: 'DuckDB profile', run: () => lastJson(process.execPath, [join(root, 'bench', 'validate_duckdb.mjs'), csv, String(NUMERIC), String(CATEGORIES.length), 'profile']) },
  { name: 'DuckDB scan', run: () => lastJson(process.execPath, [join(root, 'bench', 'validate_duckdb.mjs'), csv, String(NUMERIC), String(CATEGORIES.length), 'scan']) },
];
// --js-scanner: mlci once more with the JavaScript record scanner the WebAssembly one replaced (MLCI_CSV_SCANNER=js)
if (process.argv.includes('--js-scanner')) peers.push({ name: 'mlci, JS scan', mlci: true, run: () => lastJson(process.execPath, mlciArgs, { ...process.env, MLCI_CSV_SCANNER: 'js' }) });
// --processes: mlci once more without the reading thread (worker processes from 384 MiB on)
if (process.argv.includes('--processes')) peers.push({ name: `mlci, ≤${workers} proc.`, mlci: true, run: () => lastJson(process.execPath, mlciArgs.slice(0, -1)) });
// paired, alternating rounds: each round runs every peer once, in an order that turns, each run
// after a second's pause. Why the pause: right after DuckDB's profile (1.2 GB, 6-8 CPU-s on both
// cores) the next run was slower for a moment, whichever it was (mlci 0.712 against 0.697 s, the
// medians of 6 runs right after it and 6 before it; with a second between, 0.70 s), and the turning
// order puts different peers after it.
const SETTLE_MS = 1000;
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const runs = peers.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < peers.length; k++) {
    const i = (k + round) % peers.length;
    pause(SETTLE_MS);
    runs[i].push(peers[i].run());
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = runs.map((r) => ({ seconds: median(r.map((x) => x.seconds)), min: Math.min(...r.map((x) => x.seconds)), max: Math.max(...r.map((x) => x.seconds)), cpuSeconds: median(r.map((x) => x.cpuSeconds ?? x.seconds)), maxRssKb: Math.max(...r.map((x) => x.maxRssKb)), rows: r[0].rows }));
console.log(`${rounds} paired rounds (median, min–max); the machine may be shared`);
const row = (name, r) => `${name.padEnd(15)} ${r.seconds.toFixed(2).padStart(7)} s (${r.min.toFixed(2)}–${r.max.toFixed(2)}, CPU ${r.cpuSeconds.toFixed(2)} s)  ${(size / r.seconds).toFixed(1).padStart(7)} MB/s  peak RSS ${(r.maxRssKb / 1024).toFixed(0).padStart(5)} MB  rows ${r.rows}`;
peers.forEach((p, i) => console.log(row(p.name, summary[i])));
const [ours, pandasSummary, duckProfile, duckScan] = summary;
console.log(`speed-up: ${(pandasSummary.seconds / ours.seconds).toFixed(2)}× pandas (target ≥ 3×), ${(duckProfile.seconds / ours.seconds).toFixed(2)}× DuckDB's profile, ${(duckScan.seconds / ours.seconds).toFixed(2)}× DuckDB's plain scan (target ≥ 1×); mlci peak RSS ${(ours.maxRssKb / 1024).toFixed(0)} MB (target < 500 MB)`);
// the same ratio round by round (each round runs both once): less moved by a slow spell of the machine than the ratio of medians
const paired = runs[0].map((r, round) => runs[3][round].seconds / r.seconds).sort((a, b) => a - b);
console.log(`paired: DuckDB's plain scan ÷ mlci in each round, median ${median(paired).toFixed(2)}× (${paired[0].toFixed(2)}–${paired[paired.length - 1].toFixed(2)}×), mlci faster in ${paired.filter((x) => x > 1).length} of ${rounds} rounds`);
const pandas = runs[1][0];
for (const [i, r] of runs.entries()) if (r[0].rows !== runs[0][0].rows) throw new Error(`row counts differ: ${peers[i].name} ${r[0].rows} vs ${runs[0][0].rows}`);
for (const [name, p] of Object.entries(pandas.check)) {
  const rel = (a, b) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
  // every mlci run, and DuckDB's profile
  for (const other of [...runs.filter((_, i) => peers[i].mlci).map((r) => r[0]), runs[2][0]]) {
    const o = other.check[name];
    if (!o || rel(o.mean, p.mean) > 1e-9 || o.min !== p.min || o.max !== p.max || o.missing !== p.missing) throw new Error(`${name} differs from pandas: ${JSON.stringify(o)} vs ${JSON.stringify(p)}`);
  }
  const scan = runs[3][0].check[name];
  if (scan.min !== p.min || scan.max !== p.max || scan.missing !== p.missing) throw new Error(`${name}: DuckDB's scan differs from pandas: ${JSON.stringify(scan)} vs ${JSON.stringify(p)}`);
}
for (const [i, peer] of peers.entries()) {
  if (i === 0 || !peer.mlci) continue;
  const other = summary[i];
  console.log(`${peer.name}: ${(other.seconds / ours.seconds).toFixed(2)}× mlci's wall time, ${(other.cpuSeconds / ours.cpuSeconds).toFixed(2)}× its CPU time; ${(duckScan.seconds / other.seconds).toFixed(2)}× DuckDB's plain scan`);
}
console.log('means, minima, maxima and missing counts agree between mlci, pandas and DuckDB');


async function generate(path, bytes) {
  const next = rng(20261124);
  const header = [...Array.from({ length: NUMERIC }, (_, i) => `x${i}`), ...CATEGORIES.map((_, i) => `c${i}`)].join(',');
  const scales = Array.from({ length: NUMERIC }, (_, i) => 10 ** ((i % 7) - 3));
  const temp = `${path}.tmp`;
  const stream = createWriteStream(temp);
  stream.write(`${header}\n`);
  let written = header.length + 1;
  while (written < bytes) {
    const lines = [];
    for (let k = 0; k < 5000; k++) {
      const cells = [];
      for (let i = 0; i < NUMERIC; i++) {
        if (next() < 0.001) cells.push('');
        else {
          const normal = Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next());
          cells.push(Number(((normal + i) * scales[i]).toPrecision(6)).toString());
        }
      }
      for (const n of CATEGORIES) cells.push(`cat${Math.floor(next() ** 2 * n)}`);
      lines.push(cells.join(','));
    }
    const text = `${lines.join('\n')}\n`;
    written += text.length;
    if (!stream.write(text)) await new Promise((r) => stream.once('drain', r));
  }
  await new Promise((r, j) => stream.end((e) => (e ? j(e) : r())));
  renameSync(temp, path);
}

function writeSchema(path) {
  const lines = ['version: 1', 'columns:'];
  for (let i = 0; i < NUMERIC; i++) lines.push(`  x${i}:`, '    type: numeric', '    max_missing: 0.01', `    min: ${-1e6}`, `    max: ${1e6}`);
  CATEGORIES.forEach((n, i) => lines.push(`  c${i}:`, '    type: categorical', '    nullable: false', `    allowed_values: [${Array.from({ length: n }, (_, k) => `cat${k}`).join(', ')}]`));
  lines.push('dataset:', '  rows: { min: 1 }');
  writeFileSync(path, `${lines.join('\n')}\n`);
}
