// monitor over a generated week of mlci serve's prediction log (rotated .jsonl.gz files and the live
// .jsonl, one row per request, 20 features, two of them shifted on the last two days), against
// pandas + scipy doing the same windowed drift computation: read every record, explode the inputs,
// window by UTC day, per window and feature a two-sample KS test against the reference CSV, the
// missing shares, and the score's KS against the first day. Each runs in its own process, in the
// same command.
//   node bench/monitor.mjs [megabytes=60]   (uncompressed size of the log)
// Needs /usr/bin/python3 with pandas and scipy. Data and the bundle go to bench/out/ (gitignored).
// Prints seconds, CPU seconds, rows/s, peak RSS and the ratio, and checks that both find the same
// drifted features each day. mlci tests KS on its 5,000-row window sample (as validate-data does),
// pandas on every row: the p-values differ, the shifted features do not.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rng } from './xorshift.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const megabytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 60);
mkdirSync(out, { recursive: true });

const FEATURES = 20;
const DAYS = 7;
const SHIFTED = ['f3', 'f11'];
const START = Date.parse('2026-11-28T00:00:00Z');
const logDir = join(out, `monitor_${megabytes}mb`);
const referenceCsv = join(out, 'monitor_reference.csv');
if (!existsSync(join(logDir, 'done'))) generate();

const bundle = join(out, 'monitor-lib.mjs');
await build({
  stdin: { contents: "export { monitorLogs } from './shared/monitor/monitor.ts'; export { validateData } from './shared/validate/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', outfile: bundle,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

console.log(`log: ${logDir} (${megabytes} MB of JSON Lines before gzip, ${readdirSync(logDir).filter((f) => f.startsWith('predictions')).length} files, ${FEATURES} features, ${DAYS} days)`);
const ours = JSON.parse(execFileSync(process.execPath, [join(root, 'bench', 'monitor-run.mjs'), bundle, logDir, referenceCsv, join(out, 'monitor-result')], { encoding: 'utf8', maxBuffer: 1e8 }).trim().split('\n').pop());
const pandas = JSON.parse(execFileSync('/usr/bin/python3', [join(root, 'bench', 'monitor_pandas.py'), logDir, referenceCsv], { encoding: 'utf8', maxBuffer: 1e8 }).trim().split('\n').pop());

const row = (name, r) => `${name.padEnd(14)} ${r.seconds.toFixed(2).padStart(7)} s (CPU ${r.cpuSeconds.toFixed(2)} s)  ${(r.rows / r.seconds / 1000).toFixed(1).padStart(7)} k rows/s  peak RSS ${(r.maxRssKb / 1024).toFixed(0).padStart(5)} MB  rows ${r.rows}`;
console.log(row('mlci monitor', ours));
console.log(row('pandas+scipy', pandas));
console.log(`speed-up: ${(pandas.seconds / ours.seconds).toFixed(2)}× pandas; mlci peak RSS ${(ours.maxRssKb / 1024).toFixed(0)} MB (target < 500 MB)`);
if (ours.rows !== pandas.rows) throw new Error(`row counts differ: ${ours.rows} vs ${pandas.rows}`);
for (const [day, features] of Object.entries(pandas.drifted)) {
  const mine = ours.drifted[day] ?? [];
  const strong = features.filter((f) => SHIFTED.includes(f));
  if (strong.some((f) => !mine.includes(f))) throw new Error(`${day}: pandas finds ${features} drifted, mlci ${mine}`);
}
console.log(`both find the shifted features (${SHIFTED.join(', ')}) drifted on the days they shift; per day: mlci ${JSON.stringify(ours.drifted)} / pandas ${JSON.stringify(pandas.drifted)}`);


function normal(next) {
  return Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next());
}

function generate() {
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const next = rng(20261205);
  const names = Array.from({ length: FEATURES }, (_, i) => `f${i}`);
  const ref = [names.join(',')];
  for (let r = 0; r < 1000; r++) ref.push(names.map((_, i) => (normal(next) + i).toPrecision(6)).join(','));
  writeFileSync(referenceCsv, ref.join('\n') + '\n');
  // a record is about 520 bytes: the size fixes the count, spread evenly over the week
  const records = Math.round((megabytes * 1e6) / 520);
  const stepMs = (DAYS * 86_400_000) / records;
  const perFile = Math.ceil(records / (DAYS * 4));
  let lines = [];
  let file = 0;
  const flush = (last) => {
    const text = lines.join('\n') + '\n';
    const stamp = new Date(START + file * 6 * 3_600_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    if (last) writeFileSync(join(logDir, `predictions-${stamp}-${file + 1}.jsonl`), text);
    else writeFileSync(join(logDir, `predictions-${stamp}-${file + 1}.jsonl.gz`), gzipSync(text));
    lines = [];
    file++;
  };
  for (let n = 0; n < records; n++) {
    const t = START + n * stepMs;
    const late = t >= START + (DAYS - 2) * 86_400_000;
    const inputs = {};
    for (let i = 0; i < FEATURES; i++) {
      let v = normal(next) + i;
      if (late && SHIFTED.includes(`f${i}`)) v += 0.5;
      inputs[`f${i}`] = [next() < 0.001 ? null : Number(v.toPrecision(6))];
    }
    const p = 1 / (1 + Math.exp(-(inputs.f3[0] ?? 3) + 3));
    lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), request_id: `r${n}`, model: 'bench', version: 'v1', digest: 'sha256:0', model_digest: 'sha256:1', role: 'stable', inputs, outputs: { label: [p > 0.5 ? 1 : 0], probabilities: [[1 - p, p]] }, latency_ms: 0.8 }));
    if (lines.length >= perFile) flush(false);
  }
  if (lines.length) flush(true);
  writeFileSync(join(logDir, 'done'), '');
}
