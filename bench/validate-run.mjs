// One timed validateData run in its own process (for a clean peak RSS); prints one JSON line.
// Used by bench/validate.mjs: node bench/validate-run.mjs BUNDLE CSV SCHEMA OUTDIR WORKERS WORKER_SCRIPT
import { pathToFileURL } from 'node:url';

const [bundle, csv, schema, outputDir, workers, workerScript] = process.argv.slice(2);
const { validateData } = await import(pathToFileURL(bundle).href);
const silent = { info() {}, warning() {}, error() {}, debug() {}, group: (_t, body) => body() };
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await validateData({ files: [csv], schema, outputDir, logger: silent, workers: Number(workers), workerScript });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const check = {};
for (const c of result.statistics.columns) if (c.numeric) check[c.name] = { mean: c.numeric.mean, min: c.numeric.min, max: c.numeric.max, missing: c.missing };
console.log(JSON.stringify({ seconds, cpuSeconds, maxRssKb: process.resourceUsage().maxRSS, rows: result.statistics.rows, passed: result.passed, check }));
