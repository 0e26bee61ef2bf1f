// The CSV record scanner alone: the WebAssembly record scanner (CsvWasmScanner, what the readers
// use) against the JavaScript one it replaced (CsvRecordScanner), in alternating rounds in one
// process, over the same bytes in memory, 4 MiB blocks as the readers get them. Each pass walks
// every record and reads every cell's offsets and value, as a reader does, and the two must agree.
//   node bench/csv-scan.mjs [megabytes=200] [--rounds=5] [--file=path.csv]
// Without --file it uses bench/validate.mjs's data (30 numeric + 5 categorical columns; run that
// bench once to make it). Prints MB/s per scanner and the ratio; the machine may be shared.
import { build } from 'esbuild';
import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const megabytes = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200);
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5);
const file = process.argv.find((a) => a.startsWith('--file='))?.slice(7) ?? join(out, 'validate_200mb.csv');
if (!existsSync(file)) throw new Error(`${file} is missing: run node bench/validate.mjs once to make it, or pass --file=`);

const bundle = join(out, 'csv-scan-lib.mjs');
await build({ stdin: { contents: "export { CsvRecordScanner } from './shared/data/csv-scanner.ts'; export { CsvWasmScanner, createCsvScanner } from './shared/data/csv-wasm-scanner.ts';", resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, logLevel: 'warning' });
const { CsvRecordScanner, createCsvScanner } = await import(bundle);

const bytes = Math.min(statSync(file).size, megabytes * 1e6);
const data = Buffer.allocUnsafe(bytes);
const fd = openSync(file, 'r');
for (let at = 0; at < bytes; ) at += readSync(fd, data, at, bytes - at, at);
closeSync(fd);
const BLOCK = 4 * 1024 * 1024;

/** One pass the way CsvReader reads: blocks, each record's cells; a checksum of what it saw. */
function pass(scanner) {
  let offset = 0;
  let records = 0;
  let sum = 0;
  let positions = 0;
  while (offset < data.length) {
    const eof = offset + BLOCK >= data.length;
    const buf = data.subarray(offset, Math.min(offset + BLOCK, data.length));
    let pos = 0;
    while (pos < buf.length) {
      const next = scanner.scan(buf, pos, eof);
      if (next < 0) break;
      const { starts, ends, numbers, cellCount } = scanner;
      for (let k = 0; k < cellCount; k++) {
        positions += ends[k] - starts[k];
        const v = numbers[k];
        if (v === v) sum += v;
      }
      records++;
      pos = next;
    }
    if (pos === 0) throw new Error('a record longer than a block');
    offset += pos;
  }
  return { records, sum, positions };
}

const scanners = [
  { name: 'JavaScript (CsvRecordScanner)', make: () => new CsvRecordScanner(0x2c) },
  { name: 'WebAssembly (CsvWasmScanner)', make: () => createCsvScanner(0x2c) },
];
if (scanners[1].make() instanceof CsvRecordScanner && scanners[1].make().constructor === CsvRecordScanner) throw new Error('WebAssembly is not available here');
const times = scanners.map(() => []);
const cpu = scanners.map(() => []);
let reference;
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < scanners.length; k++) {
    const i = (k + round) % scanners.length;
    const scanner = scanners[i].make();
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const result = pass(scanner);
    const c1 = process.cpuUsage(c0);
    times[i].push(Number(process.hrtime.bigint() - t0) / 1e9);
    cpu[i].push((c1.user + c1.system) / 1e6);
    // the JavaScript scanner settles fewer forms (≤ 9 digits, no exponent), so only counts and offsets must match exactly
    reference ??= result;
    if (result.records !== reference.records || result.positions !== reference.positions) throw new Error(`${scanners[i].name} disagrees: ${JSON.stringify(result)} vs ${JSON.stringify(reference)}`);
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
console.log(`${(bytes / 1e6).toFixed(0)} MB of ${file}, ${reference.records} records, ${rounds} alternating rounds in one process (median, min–max); the machine may be shared`);
for (const [i, s] of scanners.entries()) {
  const m = median(times[i]);
  console.log(`${s.name.padEnd(30)} ${m.toFixed(3)} s (${Math.min(...times[i]).toFixed(3)}–${Math.max(...times[i]).toFixed(3)}, CPU ${median(cpu[i]).toFixed(3)} s)  ${(bytes / 1e6 / m).toFixed(0).padStart(5)} MB/s`);
}
console.log(`speed-up: ${(median(times[0]) / median(times[1])).toFixed(2)}× the JavaScript scanner by wall time, ${(median(cpu[0]) / median(cpu[1])).toFixed(2)}× by CPU time; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
