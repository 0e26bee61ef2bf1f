// Times loadTable on a 1,000,000-row × 31-column numeric CSV (the breast-cancer test rows repeated)
// against pandas.read_csv of the same file, in the same command, and prints MB/s for both.
//   node bench/csv-load.mjs [rows] [fixture]   (needs /usr/bin/python3 with pandas: apt-get install python3-pandas)
// fixture: a file name in test/fixtures/data, default breast_cancer_test.csv (diabetes_test.csv has
// 17-19 digit numbers, the slow path).
// The readers are bundled from the TypeScript sources with esbuild into bench/out/ (gitignored).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const rows = Number(process.argv[2] ?? 1_000_000);
const fixture = process.argv[3] ?? 'breast_cancer_test.csv';
const runs = 3;
mkdirSync(out, { recursive: true });

const bundle = join(out, 'data-readers.mjs');
await build({ entryPoints: [join(root, 'shared', 'data', 'load.ts')], outfile: bundle, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
const { loadTable, streamTable } = await import(pathToFileURL(bundle).href);

const source = join(root, 'test', 'fixtures', 'data', fixture);
const columns = readFileSync(source, 'utf8').split('\n', 1)[0].split(',').length;
const csv = join(out, `${fixture.replace(/\.csv$/, '')}_${rows}.csv`);
if (!existsSync(csv)) writeRepeated(source, csv, rows);
const megabytes = statSync(csv).size / 1e6;

// Wall time and this process's CPU time, best of `runs` each: on a shared machine the CPU time is
// the steadier figure.
const best = async (fn) => {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpuStart);
    wall = Math.min(wall, (performance.now() - start) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { wall, cpu };
};

// Streaming first, so its memory figure is not hidden by pages the whole-file load already took.
let streamedRows = 0;
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const streamed = await best(async () => {
  streamedRows = 0;
  await streamTable(csv, {
    batchRows: 65_536,
    onBatch: (batch) => {
      streamedRows += batch.rowCount;
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    },
  });
});
if (streamedRows !== rows) throw new Error(`streamed ${streamedRows} rows`);

let loaded;
const mlci = await best(async () => {
  loaded = await loadTable(csv);
});
if (loaded.rowCount !== rows || loaded.columns.length !== columns) throw new Error(`read ${loaded.rowCount} rows × ${loaded.columns.length} columns`);
loaded = undefined;

const python = `
import time, pandas
wall = cpu = float('inf')
for _ in range(${runs}):
    start, cpu_start = time.perf_counter(), time.process_time()
    frame = pandas.read_csv(${JSON.stringify(csv)})
    wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.process_time() - cpu_start)
assert frame.shape == (${rows}, ${columns}), frame.shape
print(wall, cpu, pandas.__version__)
`;
const [pandasWall, pandasCpu, pandasVersion] = execFileSync('/usr/bin/python3', ['-c', python], { encoding: 'utf8' }).trim().split(' ');
const pandas = { wall: Number(pandasWall), cpu: Number(pandasCpu) };

const rate = (seconds) => `${seconds.toFixed(3).padStart(6)} s ${(megabytes / seconds).toFixed(0).padStart(4)} MB/s`;
const line = (name, t) => `${name.padEnd(38)} wall ${rate(t.wall)}   cpu ${rate(t.cpu)}`;
console.log(`${fixture} repeated: ${rows.toLocaleString('en')} rows × ${columns} columns, ${megabytes.toFixed(1)} MB, best of ${runs}`);
console.log(line('mlci loadTable', mlci));
console.log(line('mlci streamTable (65,536-row batches)', streamed) + `   RSS growth ${((rssPeak - rssBefore) / 1e6).toFixed(0)} MB`);
console.log(line(`pandas ${pandasVersion} read_csv`, pandas));
console.log(`pandas time / loadTable time: wall ${(pandas.wall / mlci.wall).toFixed(2)}×, cpu ${(pandas.cpu / mlci.cpu).toFixed(2)}× (above 1 = mlci faster)`);

function writeRepeated(source, target, count) {
  const [header, ...body] = readFileSync(source, 'utf8').trimEnd().split('\n');
  const fd = openSync(target, 'w');
  writeSync(fd, `${header}\n`);
  const block = `${body.join('\n')}\n`;
  let written = 0;
  for (; written + body.length <= count; written += body.length) writeSync(fd, block);
  writeSync(fd, body.slice(0, count - written).map((l) => `${l}\n`).join(''));
  closeSync(fd);
}
