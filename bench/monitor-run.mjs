// One timed monitor pass in its own process (for a clean peak RSS); prints one JSON line.
// Used by bench/monitor.mjs: node bench/monitor-run.mjs BUNDLE LOG_DIR REFERENCE_CSV OUTDIR WORKERS WORKER_SCRIPT
// maxRssKb is the peak of this process's RSS plus its worker processes', sampled every 100 ms.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, logDir, referenceCsv, outputDir, workers, workerScript] = process.argv.slice(2);
const { monitorLogs, validateData } = await import(pathToFileURL(bundle).href);
const silent = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** kB of resident memory of a process (0 once it is gone) */
function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
function childPids() {
  const pids = [];
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      pids.push(...readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    } catch {}
  }
  return pids;
}
let peakKb = 0;
const sample = () => (peakKb = Math.max(peakKb, rssKb(process.pid) + childPids().reduce((s, pid) => s + rssKb(pid), 0)));
const sampler = setInterval(sample, 100);

const start = performance.now();
const cpuStart = cpu();
const reference = await validateData({ files: [referenceCsv], outputDir: join(outputDir, 'reference'), logger: silent });
const result = await monitorLogs({ logs: [logDir], reference: reference.files.statistics, windowSize: '1d', outputDir, now: Date.now(), logger: silent, policy: undefined, workers: Number(workers ?? 1), ...(workerScript ? { workerScript } : {}) });
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
sample();
const drifted = {};
for (const w of result.windows) drifted[w.start.slice(0, 10)] = w.featureDrift.columns.filter((c) => c.drifted).map((c) => c.column);
const rows = result.windows.reduce((s, w) => s + w.rows, 0);
// CPU of this process only: the workers' is not counted (it is in the wall time)
console.log(JSON.stringify({ seconds, cpuSeconds: cpu() - cpuStart, maxRssKb: Math.max(peakKb, process.resourceUsage().maxRSS), rows, drifted }));
