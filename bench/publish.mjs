// Publishing a large model to a loopback registry (Debian's docker-registry 2.8.2) with mlci's
// client, against curl PUTting the same bytes to the same registry, in the same command; then
// republishing unchanged bytes, and pulling with digest checks against curl GET of the blob.
//   node bench/publish.mjs [megabytes=1024] [runs=3]
// Peak RSS and CPU are the child process's (process.resourceUsage(): every thread); curl's CPU is its
// rusage (from /proc). curl writes into a file, as a pull does, and checks nothing; the lines with
// sha256sum add what a script needs to check the digest. Needs docker-registry, curl and sha256sum.
// The registry client and the test's registry starter are bundled into bench/out/ (gitignored).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });

if (process.argv[2] === '--child') {
  // one publish or pull in a fresh process, so its peak RSS is its own
  const [, , , action, location, name, file, cacheDir] = process.argv;
  const { openRegistry } = await import(pathToFileURL(join(out, 'publish-registry.mjs')).href);
  const logger = { info() {}, warning: (m) => process.stderr.write(`${m}\n`), error() {}, debug() {}, group: (_t, b) => b() };
  // a user's environment names a cache folder; the stat-keyed digest cache lives there
  const registry = openRegistry(location, { env: cacheDir ? { MLCI_CACHE_DIR: cacheDir } : {}, logger });
  const start = performance.now();
  const result = action === 'publish' ? await registry.publish({ name, modelFile: file }) : await registry.pull({ store: location, name, version: 'v1' }, file);
  const seconds = (performance.now() - start) / 1000;
  const usage = process.resourceUsage();
  // CPU of every thread of the process (the hashing workers too), the main thread's startup included
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ seconds, cpu, maxRssMB: usage.maxRSS / 1024, status: result.status ?? 'pulled' }));
  process.exit(0);
}

const megabytes = Number(process.argv[2] ?? 1024);
const cpus = availableParallelism();
const runs = Number(process.argv[3] ?? 3);
await build({
  entryPoints: { 'publish-registry': join(root, 'shared', 'registry', 'index.ts'), 'publish-docker-registry': join(root, 'test', 'support', 'docker-registry.ts') },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { startDockerRegistry } = await import(pathToFileURL(join(out, 'publish-docker-registry.mjs')).href);

const model = join(out, `publish-model-${megabytes}MB.bin`);
if (!existsSync(model) || statSync(model).size !== megabytes * 1024 * 1024) {
  const fd = openSync(model, 'w');
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  for (let left = megabytes * 1024 * 1024; left > 0; left -= chunk.length) writeSync(fd, randomFillSync(chunk), 0, Math.min(chunk.length, left));
  closeSync(fd);
}
const bytes = statSync(model).size;
const digest = `sha256:${execFileSync('sha256sum', [model], { encoding: 'utf8' }).split(' ')[0]}`;

const server = await startDockerRegistry();
const base = `http://${server.host}`;
const child = (...args) => {
  const r = spawnSync(process.execPath, [...(process.env.MLCI_BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.MLCI_BENCH_PROF}`] : []), import.meta.filename, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
};
/** CPU seconds of this process's finished children (curl, sha256sum): utime + stime from /proc */
const childCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
};
/** runs `body` (which spawns and waits for programs) and returns its seconds and their CPU seconds */
const timed = (body) => {
  const cpu = childCpu();
  const start = performance.now();
  body();
  return { seconds: (performance.now() - start) / 1000, cpu: childCpu() - cpu };
};
// what a user's script pays before its PUT (or after its GET): the blob's digest, by sha256sum
const sha256sum = (file) => timed(() => execFileSync('sha256sum', [file])).seconds;
const curlPut = (repo) =>
  timed(() => {
    const headers = execFileSync('curl', ['-sS', '-D', '-', '-o', '/dev/null', '-X', 'POST', `${base}/v2/${repo}/blobs/uploads/`], { encoding: 'utf8' });
    const location = /^location: (.+)$/im.exec(headers)[1].trim();
    const url = new URL(location, base);
    url.searchParams.set('digest', digest);
    const code = execFileSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-T', model, '-H', 'content-type: application/octet-stream', url.toString()], { encoding: 'utf8' });
    if (code !== '201') throw new Error(`curl PUT answered ${code}`);
  });
// into a file, as our pull writes one (not /dev/null)
const curlGet = (repo, target) => timed(() => execFileSync('curl', ['-sS', '-f', '-o', target, `${base}/v2/${repo}/blobs/${digest}`]));

const results = { ours: [], oursCpu: [], curl: [], curlCpu: [], sum: [], republish: [], republishCold: [], pull: [], pullCpu: [], curlGet: [], curlGetCpu: [], getSum: [], rss: [], pullRss: [] };
const cacheDir = mkdtempSync(join(tmpdir(), 'mlci-bench-cache-'));
const loadBefore = loadavg();
try {
  for (let i = 0; i < runs; i++) {
    // alternate which goes first, so neither always meets a warm page cache or a busy neighbour
    const order = i % 2 ? ['curl', 'ours'] : ['ours', 'curl'];
    for (const who of order) {
      if (who === 'curl') {
        const put = curlPut(`bench/curl${i}`);
        results.curl.push(put.seconds);
        results.curlCpu.push(put.cpu);
        results.sum.push(sha256sum(model));
      }
      else {
        const r = child('publish', `oci://${server.host}/bench`, `ours${i}`, model, cacheDir);
        results.ours.push(r.seconds);
        results.oursCpu.push(r.cpu);
        results.rss.push(r.maxRssMB);
      }
    }
    const again = child('publish', `oci://${server.host}/bench`, `ours${i}`, model, cacheDir);
    if (again.status !== 'unchanged') throw new Error(`republish was ${again.status}`);
    results.republish.push(again.seconds);
    // without a cache folder: the file is read and hashed once
    const cold = child('publish', `oci://${server.host}/bench`, `ours${i}`, model);
    if (cold.status !== 'unchanged') throw new Error(`republish was ${cold.status}`);
    results.republishCold.push(cold.seconds);
    const pullOrder = i % 2 ? ['curl', 'ours'] : ['ours', 'curl'];
    for (const who of pullOrder) {
      if (who === 'ours') {
        const dir = mkdtempSync(join(tmpdir(), 'mlci-bench-pull-'));
        const pulled = child('pull', `oci://${server.host}/bench`, `ours${i}`, dir);
        results.pull.push(pulled.seconds);
        results.pullCpu.push(pulled.cpu);
        results.pullRss.push(pulled.maxRssMB);
        rmSync(dir, { recursive: true, force: true });
      } else {
        const target = join(tmpdir(), `mlci-bench-curl-${process.pid}.bin`);
        const got = curlGet(`bench/curl${i}`, target);
        results.curlGet.push(got.seconds);
        results.curlGetCpu.push(got.cpu);
        results.getSum.push(sha256sum(target));
        rmSync(target, { force: true });
      }
    }
  }
} finally {
  await server.stop();
  // the registry's storage holds a copy per run: gigabytes at the default size
  rmSync(dirname(server.storage), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}
const loadAfter = loadavg();

const mb = bytes / 1e6;
const fmt = (xs) => `median ${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
const cpu = (xs) => `CPU ${median(xs).toFixed(2)} s`;
console.log(`${megabytes} MiB model, ${runs} runs each, docker-registry 2.8.2 on loopback, ${cpus} cores (measured while other work shared the machine: load average ${load(loadBefore)} before, ${load(loadAfter)} after)`);
console.log(`publish (mlci, both digests computed): ${fmt(results.ours)}  ${(mb / median(results.ours)).toFixed(0)} MB/s, ${cpu(results.oursCpu)}, peak RSS ${Math.max(...results.rss).toFixed(0)} MB`);
console.log(`curl PUT (digest precomputed):    ${fmt(results.curl)}  ${(mb / median(results.curl)).toFixed(0)} MB/s, ${cpu(results.curlCpu)}`);
console.log(`publish / curl throughput: ${(median(results.curl) / median(results.ours)).toFixed(2)}`);
const scripted = results.curl.map((t, i) => t + results.sum[i]);
console.log(`sha256sum + curl PUT:             ${fmt(scripted)}  (a script's whole publish of one blob)`);
console.log(`publish / (sha256sum + curl):     ${(median(scripted) / median(results.ours)).toFixed(2)}`);
console.log(`republish unchanged bytes:        ${fmt(results.republish)} (digest cache keyed by stat, no upload)`);
console.log(`  the same without a cache folder: ${fmt(results.republishCold)} (one sha256 pass over the file, no upload)`);
console.log(`pull (mlci, verified, into a file): ${fmt(results.pull)}  ${(mb / median(results.pull)).toFixed(0)} MB/s, ${cpu(results.pullCpu)}, peak RSS ${Math.max(...results.pullRss).toFixed(0)} MB`);
console.log(`curl GET into a file (no check):  ${fmt(results.curlGet)}  ${(mb / median(results.curlGet)).toFixed(0)} MB/s, ${cpu(results.curlGetCpu)}`);
console.log(`pull / curl throughput: ${(median(results.curlGet) / median(results.pull)).toFixed(2)}`);
const checked = results.curlGet.map((t, i) => t + results.getSum[i]);
console.log(`curl GET + sha256sum of the file: ${fmt(checked)}  (a script's verified pull of one blob)`);
console.log(`pull / (curl + sha256sum):        ${(median(checked) / median(results.pull)).toFixed(2)}`);
