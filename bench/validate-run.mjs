// One timed validateData run in its own process (for a clean peak RSS); prints one JSON line.
// Used by bench/validate.mjs: node bench/validate-run.mjs BUNDLE CSV SCHEMA OUTDIR WORKERS WORKER_SCRIPT [READ_WORKER_SCRIPT]
// (READ_WORKER_SCRIPT, the bundled shared/data/csv-read-worker.ts: a large file read by one process
// is parsed on a worker thread, as the action does; without it, on the main thread)
// The workers are child processes: CPU time counts theirs (once they have exited), and the peak
// RSS is the largest sum over this process and its children, sampled every 10 ms.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, csv, schema, outputDir, workers, workerScript, readWorkerScript] = process.argv.slice(2);
const { validateData } = await import(pathToFileURL(bundle).href);
const silent = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };

const children = () => readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(' ').filter(Boolean);
const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // exited meanwhile
  }
};
/** CPU seconds of this process and of its children that have exited */
const cpuSeconds = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
};
let peakKb = 0;
const sampler = setInterval(() => {
  peakKb = Math.max(peakKb, rssKb(process.pid) + children().reduce((s, pid) => s + rssKb(pid), 0));
}, 10);

const start = performance.now();
const cpuStart = cpuSeconds();
// with the reading thread, as the step (shared/validate/step.ts) runs it: the other threads yield to it
const result = await validateData({ files: [csv], schema, outputDir, logger: silent, workers: Number(workers), workerScript, ...(readWorkerScript ? { readWorkerScript, yieldHelperThreads: true } : {}) });
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
while (children().length > 0) await new Promise((r) => setTimeout(r, 5));
const cpu = cpuSeconds() - cpuStart;
const check = {};
for (const c of result.statistics.columns) if (c.numeric) check[c.name] = { mean: c.numeric.mean, min: c.numeric.min, max: c.numeric.max, missing: c.missing };
const maxRssKb = Math.max(peakKb, process.resourceUsage().maxRSS);
console.log(JSON.stringify({ seconds, cpuSeconds: cpu, maxRssKb, rows: result.statistics.rows, passed: result.passed, check }));
