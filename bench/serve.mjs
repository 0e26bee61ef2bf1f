// mlci serve against the minimal server (bench/peers/minimal-serve.mjs: node:http + JSON.parse +
// one session.run per request), both started here, each in its own process, on loopback.
//   node bench/serve.mjs [rounds=3] [seconds=4] [--only=binary] [--intra-op-threads=N] [--malloc=default]
//   node bench/serve.mjs [rounds=6] [seconds=2] --compare-threads=A,B
// (--only=binary: only mlci serve's 1,000 × 30 binary-against-JSON part and its RSS, with the
// binary request's floor: bench/peers/binary-floor.mjs answering a fixed response of the same size;
// --intra-op-threads: mlci serve's option of that name, default 1 (0: onnxruntime's choice);
// --compare-threads=A,B: only mlci serve, two servers side by side with intra-op-threads A and B,
// each round a 64-client run and 30 sequential binary 1,000 × 30 requests to each in turn, so the
// two settings meet the same load; medians of CPU per request and of the binary request's p50;
// --malloc=default: the servers without the container's MALLOC_TRIM_THRESHOLD_ and
// MALLOC_MMAP_THRESHOLD_, below)
// For the breast-cancer logistic regression and a small MLP (30 → 64 → 64 → 2, built here):
//   - throughput with 64 concurrent clients sending one row each (autocannon), target ≥ 3×;
//   - latency p50 with 1 client sending one row at a time (our own sequential loopback client,
//     microsecond timing), target ≤ 1.2× the minimal server's;
//   - a 1,000 × 30 request in binary form (binary output too) against the same in JSON (JSON
//     output), on mlci serve, in alternating blocks after a warm-up, target ≥ 5×; also the ratio
//     of each JSON block to the binary block after it;
//   - mlci serve's peak RSS (VmHWM) after all of it, target < 300 MB.
// mlci serve answers a plain inference request in its fast lane (shared/serve/fast-lane.ts) and
// everything else through node:http; "mlci (node:http only)" is the same server with the lane off
// (fastLane: false), to show what the lane takes off. The ceiling (bench/peers/http-ceiling.mjs:
// node:http answering a fixed response, no parsing, no model) bounds what any node:http server can
// reach here; with the load generator on the same cores, the CPU it and each server use during the
// throughput run are printed too.
// Each server's CPU time per answered request (user + system, the kernel's count that
// process.cpuUsage reads, taken from /proc/PID/stat) does not depend on how much of the machine the
// load generator or other work takes: its ratio (minimal ÷ mlci) is what the throughput ratio
// becomes when each server has a core to itself, and minimal ÷ ceiling bounds it.
// Rounds rotate the servers' order; figures are medians over rounds with min–max.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { summary } from './paired.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench/out');
const lib = join(out, 'serve-lib.mjs');
/** the binary floor answers at once, or after FLOOR_LATE_MS of busy work (about a 1,000-row run of the MLP) */
const FLOOR_LATE_MS = 0.2;
/**
 * Every server here runs with the C allocator setting mlci serve's container sets (Dockerfile):
 * glibc keeps up to 64 MiB of freed heap instead of giving it back to the kernel at once. Without
 * it, memory a busy server frees in a GC's batch is faulted in again page by page by the next
 * requests (docs/serve.md, "Memory given back too soon"). The mmap threshold is set with it: a
 * trim threshold alone stops glibc's sliding mmap threshold, and every allocation over 128 KiB
 * would be a fresh mmap. Peers get it too, so ratios stay fair.
 */
const SERVER_ENV = { MALLOC_TRIM_THRESHOLD_: String(64 << 20), MALLOC_MMAP_THRESHOLD_: String(32 << 20) };

if (process.argv[2] === '--child') {
  // mlci serve with its defaults, logging only the listening line
  const { startModelServer, loadOnnxRuntime, silentLogger } = await import(lib);
  const ort = await loadOnnxRuntime({ toolCacheDir: join(out, 'tools'), cache: { restore: async () => false, save: async () => {} }, logger: silentLogger, allowInstall: false });
  const fastLane = !process.argv.includes('--no-fast-lane');
  const threads = process.argv.find((a) => a.startsWith('--intra-op-threads='));
  const server = await startModelServer({ models: [`model=${process.argv[3]}`], ort, port: 0, pollIntervalMs: 0, log: () => {}, fastLane, ...(threads ? { intraOpThreads: Number(threads.split('=')[1]) } : {}) });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  // imported here, not at the top: the server child must not carry the load generator
  const { default: autocannon } = await import('autocannon');
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const [roundsArg, secondsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const rounds = Number(roundsArg ?? 3);
  const seconds = Number(secondsArg ?? 4);
  const compare = flags.find((f) => f.startsWith('--compare-threads='));
  if (compare) return compareThreads(compare.split('=')[1].split(','), Number(roundsArg ?? 6), Number(secondsArg ?? 2), autocannon);
  const binaryOnly = flags.includes('--only=binary');
  const serverEnv = flags.includes('--malloc=default') ? {} : SERVER_ENV;
  // passed on to mlci serve (its --intra-op-threads), to compare thread counts
  const serverFlags = flags.filter((f) => f.startsWith('--intra-op-threads='));
  const unknown = flags.filter((f) => f !== '--only=binary' && f !== '--malloc=default' && !serverFlags.includes(f));
  if (unknown.length > 0) throw new Error(`unknown flag ${unknown.join(', ')}: node bench/serve.mjs [rounds] [seconds] [--only=binary] [--intra-op-threads=N] [--malloc=default] | --compare-threads=A,B`);
  const { models, oneRow, bigRequests } = await prepare();

  console.log(`bench/serve.mjs: ${rounds} rounds, ${seconds} s per throughput run; node ${process.version}; measured while other work shared the machine (2 cores), load average ${loadavg()[0].toFixed(1)} at the start; servers' allocator: ${Object.keys(serverEnv).length > 0 ? Object.entries(serverEnv).map(([k, v]) => `${k}=${v}`).join(' ') : "glibc's defaults"}`);
  const report = [];
  for (const [label, model] of Object.entries(models)) {
    const kinds = binaryOnly ? ['mlci'] : ['mlci', 'minimal', 'mlciHttp', 'ceiling'];
    const figures = { ...Object.fromEntries(kinds.map((k) => [k, { rps: [], p50: [], serverCpu: [], loaderCpu: [], cpuPerRequest: [] }])), json: [], binary: [], blockRatios: [], floor: [], floorLate: [], answerBytes: 0, rss: 0 };
    for (let round = 0; round < rounds; round++) {
      for (const kind of [...kinds.slice(round % kinds.length), ...kinds.slice(0, round % kinds.length)]) {
        const server = await startServer(kind, model, serverFlags, serverEnv);
        const floors = [];
        try {
          // warm-up: one client, then four seconds of the 64-client load, so that the JIT has
          // compiled the paths the measured run takes (the batched ones only run under
          // concurrency): V8's compiler threads, work a server pays once and not per request,
          // still took 4-14 µs a request in the 2-4 s after the load began (both servers, per-thread
          // /proc counts in 2 s windows, loaded machine) and 1-4 µs in the 4-8 s after it
          await sequential(server.url, oneRow, 200);
          if (!binaryOnly) {
            await autocannon({ url: `${server.url}/v2/models/model/infer`, method: 'POST', headers: { 'content-type': 'application/json' }, body: oneRow, connections: 64, duration: 4 });
            const cpuBefore = { loader: process.cpuUsage(), server: cpuMs(server.pid), at: performance.now() };
            const load = await autocannon({ url: `${server.url}/v2/models/model/infer`, method: 'POST', headers: { 'content-type': 'application/json' }, body: oneRow, connections: 64, duration: seconds });
            if (load.non2xx > 0 || load.errors > 0) throw new Error(`${kind}: ${load.non2xx} non-2xx, ${load.errors} errors`);
            const wallMs = performance.now() - cpuBefore.at;
            const loader = process.cpuUsage(cpuBefore.loader);
            figures[kind].loaderCpu.push((100 * (loader.user + loader.system)) / 1000 / wallMs);
            const serverMs = cpuMs(server.pid) - cpuBefore.server;
            figures[kind].serverCpu.push((100 * serverMs) / wallMs);
            figures[kind].cpuPerRequest.push((1000 * serverMs) / load.requests.total);
            figures[kind].rps.push(load.requests.average);
            figures[kind].p50.push(median(await sequential(server.url, oneRow, 2000)));
          }
          if (kind === 'mlci') {
            const { json, binary, headerLength } = bigRequests;
            // warm-up, then the two forms in alternating blocks of 20: the machine's load drifts
            // within a round, and a block of each form in turn meets the same drift
            // With --only=binary the binary request's floors take their blocks in the same turn,
            // started once mlci's answer size is known (after the first block).
            const times = { json: [], binary: [], floor: [], floorLate: [] };
            for (let block = 0; block < 7; block++) {
              const jsonTimes = await sequential(server.url, json, 20);
              const binaryTimes = await sequential(server.url, binary, 20, headerLength);
              figures.answerBytes = binaryTimes.answerBytes;
              if (binaryOnly && floors.length === 0) for (const floor of ['floor', 'floorLate']) floors.push(Object.assign(await startServer(floor, String(figures.answerBytes), [], serverEnv), { kind: floor }));
              const floorTimes = [];
              for (const floor of floors) floorTimes.push(await sequential(floor.url, binary, 20, headerLength));
              if (block < 2) continue;
              figures.blockRatios.push(median(jsonTimes) / median(binaryTimes));
              times.json.push(...jsonTimes);
              times.binary.push(...binaryTimes);
              floors.forEach((floor, i) => times[floor.kind].push(...floorTimes[i]));
            }
            figures.json.push(median(times.json));
            figures.binary.push(median(times.binary));
            if (binaryOnly) for (const floor of ['floor', 'floorLate']) figures[floor].push(median(times[floor]));
            figures.rss = Math.max(figures.rss, peakRssMb(server.pid));
          }
        } finally {
          await server.stop();
          for (const floor of floors) await floor.stop();
        }
      }
    }
    report.push({ label, figures });
    console.log(`\n(load average ${loadavg()[0].toFixed(1)})`);
    print(label, figures, binaryOnly);
  }
}

/** the bench's bundle, its two models and its requests */
async function prepare() {
  mkdirSync(out, { recursive: true });
  await build({
    stdin: {
      contents: [
        "export { startModelServer } from './shared/serve/index.ts';",
        "export { loadOnnxRuntime } from './shared/runtime/onnxruntime.ts';",
        "export { silentLogger } from './shared/log.ts';",
        "export { buildModel, tensorType } from './shared/onnx/build-model.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: lib,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['onnxruntime-node'],
    logLevel: 'error',
    // prom-client is CommonJS: give the ES module bundle a real require()
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  const { buildModel, tensorType } = await import(lib);
  const models = { 'breast-cancer LR': join(root, 'test/fixtures/models/breast_cancer_lr.onnx'), 'MLP 30-64-64-2': writeMlp(buildModel, tensorType) };
  const rows = readFileSync(join(root, 'test/fixtures/data/breast_cancer_test.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 30).map(Number));
  const oneRow = JSON.stringify({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0] }] });
  const bigRequests = thousandRows(rows);
  return { models, rows, oneRow, bigRequests };
}

/**
 * Two mlci servers side by side, intra-op-threads A and B, alternating in each round (the order
 * turns round by round): a 64-client run of `seconds`, then 30 sequential binary 1,000 × 30
 * requests, to one server and then the other; medians over rounds for each model.
 */
async function compareThreads(settings, rounds, seconds, autocannon) {
  const { models, oneRow, bigRequests } = await prepare();
  console.log(`bench/serve.mjs --compare-threads=${settings.join(',')}: ${rounds} rounds, ${seconds} s per 64-client run; load average ${loadavg()[0].toFixed(1)} at the start`);
  for (const [label, model] of Object.entries(models)) {
    const servers = [];
    try {
      for (const threads of settings) servers.push(Object.assign(await startServer('mlci', model, [`--intra-op-threads=${threads}`], SERVER_ENV), { threads, cpu: [], binary: [] }));
      const infer = (server) => autocannon({ url: `${server.url}/v2/models/model/infer`, method: 'POST', headers: { 'content-type': 'application/json' }, body: oneRow, connections: 64, duration: seconds });
      for (const server of servers) {
        await infer(server);
        await sequential(server.url, bigRequests.binary, 40, bigRequests.headerLength);
      }
      for (let round = 0; round < rounds; round++) {
        for (const server of round % 2 ? [...servers].reverse() : servers) {
          const before = cpuMs(server.pid);
          const load = await infer(server);
          if (load.non2xx > 0 || load.errors > 0) throw new Error(`threads ${server.threads}: ${load.non2xx} non-2xx, ${load.errors} errors`);
          server.cpu.push((1000 * (cpuMs(server.pid) - before)) / load.requests.total);
          server.binary.push(median(await sequential(server.url, bigRequests.binary, 30, bigRequests.headerLength)));
        }
      }
    } finally {
      for (const server of servers) await server.stop();
    }
    const spread = (xs, digits) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
    console.log(`\n${label}`);
    for (const server of servers) console.log(`  intra-op-threads ${server.threads}: server CPU per request ${spread(server.cpu, 1)} µs; binary 1000×30 request p50 ${spread(server.binary, 3)} ms`);
  }
}

function print(label, f, binaryOnly) {
  const m = median;
  const spread = (xs, digits) => `${m(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  console.log(`\n${label}`);
  if (binaryOnly) return printBinary(f, spread);
  console.log(`  64 clients × 1 row   mlci ${spread(f.mlci.rps, 0)} req/s   minimal ${spread(f.minimal.rps, 0)} req/s   ratio ${(m(f.mlci.rps) / m(f.minimal.rps)).toFixed(2)}× (target ≥ 3×)`);
  console.log(`  mlci (node:http only, no fast lane) ${spread(f.mlciHttp.rps, 0)} req/s: ratio ${(m(f.mlciHttp.rps) / m(f.minimal.rps)).toFixed(2)}×`);
  console.log(`  ceiling (node:http, fixed answer) ${spread(f.ceiling.rps, 0)} req/s: ceiling ÷ minimal ${(m(f.ceiling.rps) / m(f.minimal.rps)).toFixed(2)}×, the most any node:http server reaches here`);
  console.log(`  CPU during that run (% of one core, median): ${['mlci', 'minimal', 'mlciHttp', 'ceiling'].map((k) => `${k} server ${m(f[k].serverCpu).toFixed(0)}% + load generator ${m(f[k].loaderCpu).toFixed(0)}%`).join('; ')}`);
  // autocannon is one thread: a server it loads can answer at most one core's worth of its work
  const loaderPerRequest = f.mlci.loaderCpu.map((cpu, i) => (cpu * 10_000) / f.mlci.rps[i]);
  const loaderCeiling = 1e6 / m(loaderPerRequest);
  console.log(`  the load generator's own ceiling: ${m(loaderPerRequest).toFixed(1)} µs of its CPU per request in mlci's run, so at most ${loaderCeiling.toFixed(0)} req/s from its one thread = ${(loaderCeiling / m(f.minimal.rps)).toFixed(2)}× the minimal server: the most any server can show here`);
  const perRequest = (k) => m(f[k].cpuPerRequest);
  console.log(`  server CPU per request (µs)  mlci ${spread(f.mlci.cpuPerRequest, 1)}   minimal ${spread(f.minimal.cpuPerRequest, 1)}   mlci node:http only ${spread(f.mlciHttp.cpuPerRequest, 1)}   ceiling ${spread(f.ceiling.cpuPerRequest, 1)}`);
  console.log(`    minimal ÷ mlci ${(perRequest('minimal') / perRequest('mlci')).toFixed(2)}× (throughput ratio with a core each, target ≥ 3×); minimal ÷ mlci node:http only ${(perRequest('minimal') / perRequest('mlciHttp')).toFixed(2)}×; minimal ÷ ceiling ${(perRequest('minimal') / perRequest('ceiling')).toFixed(2)}× (the most any node:http server can reach)`);
  console.log(`  1 client p50         mlci ${spread(f.mlci.p50, 3)} ms   minimal ${spread(f.minimal.p50, 3)} ms   ratio ${(m(f.mlci.p50) / m(f.minimal.p50)).toFixed(2)}× (target ≤ 1.2×); mlci node:http only ${spread(f.mlciHttp.p50, 3)} ms`);
  printBinary(f, spread);
}

function printBinary(f, spread) {
  console.log(`  1000×30 request p50  JSON ${spread(f.json, 2)} ms   binary ${spread(f.binary, 2)} ms   ratio ${(median(f.json) / median(f.binary)).toFixed(2)}× (target ≥ 5×)`);
  // a block of JSON requests and the binary block right after it meet about the same load: their
  // ratio, block by block, shows how far the machine's drift moves the one above
  console.log(`    block by block (${f.blockRatios.length} pairs of 20 JSON, then 20 binary): JSON ÷ binary ${spread(f.blockRatios, 2)}×`);
  if (f.floor.length > 0) {
    console.log(`    the binary request's floor (bench/peers/binary-floor.mjs: reads it, answers ${f.answerBytes} fixed bytes, no parsing, no model): at once ${spread(f.floor, 2)} ms; after ${FLOOR_LATE_MS} ms of busy work ${spread(f.floorLate, 2)} ms`);
  }
  console.log(`  mlci peak RSS        ${f.rss.toFixed(0)} MB (target < 300 MB)`);
}

/** a small MLP with fixed pseudo-random weights: MatMul/Add/Relu ×2, MatMul/Add, Softmax */
function writeMlp(buildModel, tensorType) {
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.2;
  const weights = (name, dims) => ({ name, type: 'float32', dims, values: Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, random) });
  const bytes = buildModel({
    producer: 'mlci-bench',
    opsets: { '': 13 },
    inputs: [{ name: 'input', type: tensorType('float32', ['N', 30]) }],
    outputs: [{ name: 'probabilities', type: tensorType('float32', ['N', 2]) }],
    nodes: [
      { opType: 'MatMul', inputs: ['input', 'w1'], outputs: ['h1'] },
      { opType: 'Add', inputs: ['h1', 'b1'], outputs: ['a1'] },
      { opType: 'Relu', inputs: ['a1'], outputs: ['r1'] },
      { opType: 'MatMul', inputs: ['r1', 'w2'], outputs: ['h2'] },
      { opType: 'Add', inputs: ['h2', 'b2'], outputs: ['a2'] },
      { opType: 'Relu', inputs: ['a2'], outputs: ['r2'] },
      { opType: 'MatMul', inputs: ['r2', 'w3'], outputs: ['h3'] },
      { opType: 'Add', inputs: ['h3', 'b3'], outputs: ['logits'] },
      { opType: 'Softmax', inputs: ['logits'], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } },
    ],
    initializers: [weights('w1', [30, 64]), weights('b1', [64]), weights('w2', [64, 64]), weights('b2', [64]), weights('w3', [64, 2]), weights('b3', [2])],
  });
  const path = join(out, 'mlp.onnx');
  writeFileSync(path, bytes);
  return path;
}

/** the 1,000 × 30 request in JSON (nested rows, as a client sends them) and in binary form (binary answer asked for) */
function thousandRows(rows) {
  const big = rows.length >= 1000 ? rows.slice(0, 1000) : Array.from({ length: 1000 }, (_, i) => rows[i % rows.length]);
  const json = JSON.stringify({ inputs: [{ name: 'input', shape: [1000, 30], datatype: 'FP32', data: big }] });
  const data = Float32Array.from(big.flat());
  const header = Buffer.from(JSON.stringify({ inputs: [{ name: 'input', shape: [1000, 30], datatype: 'FP32', parameters: { binary_data_size: data.byteLength } }], parameters: { binary_data_output: true } }));
  return { json, binary: Buffer.concat([header, Buffer.from(data.buffer)]), headerLength: header.length };
}

async function startServer(kind, model, serverFlags, serverEnv) {
  const peer = { minimal: ['minimal-serve.mjs', model], ceiling: ['http-ceiling.mjs', model], floor: ['binary-floor.mjs', model], floorLate: ['binary-floor.mjs', model, String(FLOOR_LATE_MS)] }[kind];
  const args = kind.startsWith('mlci') ? [join(root, 'bench/serve.mjs'), '--child', model, ...serverFlags, ...(kind === 'mlciHttp' ? ['--no-fast-lane'] : [])] : [join(root, 'bench/peers', peer[0]), ...peer.slice(1)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...serverEnv } });
  const url = await new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
  });
  return {
    url,
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

/** `count` requests one after another; milliseconds each, timed with hrtime (and `answerBytes`: the last answer's body size) */
async function sequential(url, body, count, headerLength) {
  const times = [];
  const target = new URL(`${url}/v2/models/model/infer`);
  // one keep-alive connection for these requests alone, closed after them: none is left idle
  // while the throughput runs go on (a server may close it then, as the next request is sent)
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { 'content-type': headerLength === undefined ? 'application/json' : 'application/octet-stream', 'content-length': Buffer.byteLength(body) };
  if (headerLength !== undefined) headers['inference-header-content-length'] = String(headerLength);
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await new Promise((resolve, reject) => {
      const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent }, (res) => {
        res.on('error', reject);
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => (times.answerBytes = bytes));
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  agent.destroy();
  return times;
}

/** user + system CPU of a process so far, in milliseconds (Linux clock ticks: 100 a second) */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

function median(xs) {
  return summary(xs).median;
}
