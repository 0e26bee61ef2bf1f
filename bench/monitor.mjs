// monitor over a generated week of mlci serve's prediction log (rotated .jsonl.gz files and the live
// .jsonl, one row per request, 20 features, two of them shifted on the last two days), against
// pandas + scipy doing the same windowed drift computation: read every record, explode the inputs,
// window by UTC day, per window and feature a two-sample KS test against the reference CSV, the
// missing shares, and the score's KS against the first day. Each runs in its own process, in the
// same command.
//   node bench/monitor.mjs [megabytes=60] [--peer MEGABYTES] [--generate-only]
// megabytes: the uncompressed size of the log mlci reads. pandas holds every row (about 7 GB of
// RAM per GB of log), so with --peer it reads a smaller log of the same kind instead, which mlci
// also reads (with one worker process and with two): the ratio is at that size, and the larger
// run shows mlci's memory staying flat. The larger log is then the smaller one's files, each
// linked megabytes/peer times under other names (generating 10 GB of distinct JSON takes over an
// hour of a shared machine's CPU; reading it costs the same either way): a week with that many
// times the rows.
// Needs /usr/bin/python3 with pandas and scipy. Data and the bundle go to bench/out/ (gitignored).
// Prints seconds, CPU seconds, rows/s, peak RSS (mlci: of its process and its workers together,
// sampled every 100 ms) and the ratio, and checks that both find the same drifted features each
// day. mlci tests KS on its 5,000-row window sample (as validate-data does), pandas on every row:
// the p-values differ, the shifted features do not.
import { build } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DAYS, FEATURES, normal, SHIFTED } from './monitor-gen.mjs';
import { rng } from './xorshift.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const peerAt = args.indexOf('--peer');
const peerMegabytes = peerAt >= 0 ? Number(args[peerAt + 1]) : undefined;
const megabytes = Number(args.find((a, i) => /^\d+$/.test(a) && i !== peerAt + 1) ?? 60);
mkdirSync(out, { recursive: true });
const referenceCsv = join(out, 'monitor_reference.csv');
const logDirOf = (mb) => join(out, `monitor_${mb}mb`);
if (!existsSync(join(logDirOf(peerMegabytes ?? megabytes), 'done'))) await generate(peerMegabytes ?? megabytes);
if (peerMegabytes !== undefined && !existsSync(join(logDirOf(megabytes), 'done'))) copies(megabytes, peerMegabytes);
if (args.includes('--generate-only')) process.exit(0);

const bundle = join(out, 'monitor-lib.mjs');
// the worker split into chunks as scripts/build.mjs splits dist/: what it imports on demand (YAML,
// ajv, the Parquet reader) then stays unloaded here too
const workerScript = join(out, 'monitor-worker', 'monitor-read-worker.mjs');
const esm = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } };
await build({ ...esm, stdin: { contents: "export { monitorLogs } from './shared/monitor/monitor.ts'; export { validateData } from './shared/validate/index.ts';", resolveDir: root, loader: 'ts' }, outfile: bundle });
rmSync(join(out, 'monitor-worker'), { recursive: true, force: true });
await build({ ...esm, splitting: true, entryPoints: { 'monitor-read-worker': join(root, 'shared', 'monitor', 'read-worker.ts') }, outdir: join(out, 'monitor-worker'), outExtension: { '.js': '.mjs' } });

const lastJson = (command, argv) => JSON.parse(execFileSync(command, argv, { encoding: 'utf8', maxBuffer: 1e8 }).trim().split('\n').pop());
const mlci = (mb, workers) => lastJson(process.execPath, [join(root, 'bench', 'monitor-run.mjs'), bundle, logDirOf(mb), referenceCsv, join(out, 'monitor-result'), String(workers), workerScript]);
const describe = (mb) => `${logDirOf(mb)} (${mb} MB of JSON Lines before gzip, ${readdirSync(logDirOf(mb)).filter((f) => f.startsWith('predictions')).length} files, ${FEATURES} features, ${DAYS} days)`;
const row = (name, r) => `${name.padEnd(22)} ${r.seconds.toFixed(2).padStart(8)} s (CPU ${r.cpuSeconds.toFixed(2)} s)  ${(r.rows / r.seconds / 1000).toFixed(1).padStart(7)} k rows/s  peak RSS ${(r.maxRssKb / 1024).toFixed(0).padStart(5)} MB  rows ${r.rows}`;

const peerMb = peerMegabytes ?? megabytes;
console.log(`log: ${describe(peerMb)}`);
const single = peerMegabytes !== undefined ? mlci(peerMb, 1) : undefined;
const ours = mlci(peerMb, 2);
const pandas = lastJson('/usr/bin/python3', [join(root, 'bench', 'monitor_pandas.py'), logDirOf(peerMb), referenceCsv]);
if (single) console.log(row(`mlci monitor ×1`, single));
console.log(row(`mlci monitor ×2`, ours));
console.log(row('pandas+scipy', pandas));
console.log(`speed-up at ${peerMb} MB: ${(pandas.seconds / ours.seconds).toFixed(2)}× pandas${single ? ` (one worker: ${(pandas.seconds / single.seconds).toFixed(2)}×)` : ''}; peak RSS mlci ${(ours.maxRssKb / 1024).toFixed(0)} MB / pandas ${(pandas.maxRssKb / 1024).toFixed(0)} MB`);
for (const r of single ? [single, ours] : [ours]) if (r.rows !== pandas.rows) throw new Error(`row counts differ: ${r.rows} vs ${pandas.rows}`);
for (const [day, features] of Object.entries(pandas.drifted)) {
  const mine = ours.drifted[day] ?? [];
  const strong = features.filter((f) => SHIFTED.includes(f));
  if (strong.some((f) => !mine.includes(f))) throw new Error(`${day}: pandas finds ${features} drifted, mlci ${mine}`);
}
console.log(`both find the shifted features (${SHIFTED.join(', ')}) drifted on the days they shift; per day: mlci ${JSON.stringify(ours.drifted)} / pandas ${JSON.stringify(pandas.drifted)}`);

if (peerMegabytes !== undefined && peerMegabytes !== megabytes) {
  console.log(`log: ${describe(megabytes)} (pandas would need about ${Math.round((7 * megabytes) / 1000)} GB of RAM: not run)`);
  const big = mlci(megabytes, 2);
  console.log(row(`mlci monitor ×2`, big));
  console.log(`mlci at ${megabytes} MB: peak RSS ${(big.maxRssKb / 1024).toFixed(0)} MB (target < 500 MB); ${(big.rows / big.seconds / 1000).toFixed(1)} k rows/s vs ${(ours.rows / ours.seconds / 1000).toFixed(1)} k rows/s at ${peerMb} MB`);
  for (const day of Object.keys(big.drifted)) {
    const late = SHIFTED.every((f) => big.drifted[day].includes(f));
    if (late !== (day >= '2026-12-03')) throw new Error(`${day}: mlci finds ${big.drifted[day]} drifted at ${megabytes} MB`);
  }
  console.log(`at ${megabytes} MB the shifted features drift on the last two days only: ${JSON.stringify(big.drifted)}`);
}

async function generate(mb) {
  const logDir = logDirOf(mb);
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  if (!existsSync(referenceCsv)) {
    const next = rng(20261205);
    const names = Array.from({ length: FEATURES }, (_, i) => `f${i}`);
    const ref = [names.join(',')];
    for (let r = 0; r < 1000; r++) ref.push(names.map((_, i) => (normal(next) + i).toPrecision(6)).join(','));
    writeFileSync(referenceCsv, ref.join('\n') + '\n');
  }
  // the files in two processes side by side (each file has its own seed)
  const parts = 2;
  await Promise.all(
    Array.from({ length: parts }, (_, part) => new Promise((done, fail) => {
      const child = spawn(process.execPath, [join(root, 'bench', 'monitor-gen.mjs'), logDir, String(mb), String(part), String(parts)], { stdio: 'inherit' });
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`monitor-gen.mjs exited with ${code}`))));
    })),
  );
  writeFileSync(join(logDir, 'done'), '');
}

/** the `mb` log as copies (hard links) of the `peer` log's files: the same week, mb/peer times the rows */
function copies(mb, peer) {
  const logDir = logDirOf(mb);
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const names = readdirSync(logDirOf(peer)).filter((f) => f.startsWith('predictions-'));
  for (let c = 0; c < Math.round(mb / peer); c++) {
    for (const name of names) linkSync(join(logDirOf(peer), name), join(logDir, name.replace(/\.jsonl/, `-copy${String(c).padStart(3, '0')}.jsonl`)));
  }
  writeFileSync(join(logDir, 'done'), '');
}
