// One timed monitor pass in its own process (for a clean peak RSS); prints one JSON line.
// Used by bench/monitor.mjs: node bench/monitor-run.mjs BUNDLE LOG_DIR REFERENCE_CSV OUTDIR
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, logDir, referenceCsv, outputDir] = process.argv.slice(2);
const { monitorLogs, validateData } = await import(pathToFileURL(bundle).href);
const silent = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const start = performance.now();
const cpuStart = cpu();
const reference = await validateData({ files: [referenceCsv], outputDir: join(outputDir, 'reference'), logger: silent });
const result = await monitorLogs({ logs: [logDir], reference: reference.files.statistics, windowSize: '1d', outputDir, now: Date.now(), logger: silent, policy: undefined });
const seconds = (performance.now() - start) / 1000;
const drifted = {};
for (const w of result.windows) drifted[w.start.slice(0, 10)] = w.featureDrift.columns.filter((c) => c.drifted).map((c) => c.column);
const rows = result.windows.reduce((s, w) => s + w.rows, 0);
console.log(JSON.stringify({ seconds, cpuSeconds: cpu() - cpuStart, maxRssKb: process.resourceUsage().maxRSS, rows, drifted }));
