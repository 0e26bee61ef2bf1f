// Publishing a large model to a loopback registry (Debian's docker-registry 2.8.2) with mlci's
// client, against curl PUTting the same bytes to the same registry, in the same command; then
// republishing unchanged bytes, and pulling with digest checks against curl GET of the blob.
//   node bench/publish.mjs [megabytes=1024] [runs=3]
// Peak RSS is the child process's (process.resourceUsage().maxRSS). Needs docker-registry and curl.
// The registry client and the test's registry starter are bundled into bench/out/ (gitignored).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  process.stdout.write(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, status: result.status ?? 'pulled' }));
  process.exit(0);
}

const megabytes = Number(process.argv[2] ?? 1024);
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
// what a user's script pays before its PUT: the blob's digest (sha256sum over the same file)
const sha256sum = () => {
  const start = performance.now();
  execFileSync('sha256sum', [model]);
  return (performance.now() - start) / 1000;
};
const curlPut = (repo) => {
  const start = performance.now();
  const headers = execFileSync('curl', ['-sS', '-D', '-', '-o', '/dev/null', '-X', 'POST', `${base}/v2/${repo}/blobs/uploads/`], { encoding: 'utf8' });
  const location = /^location: (.+)$/im.exec(headers)[1].trim();
  const url = new URL(location, base);
  url.searchParams.set('digest', digest);
  const code = execFileSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-T', model, '-H', 'content-type: application/octet-stream', url.toString()], { encoding: 'utf8' });
  if (code !== '201') throw new Error(`curl PUT answered ${code}`);
  return (performance.now() - start) / 1000;
};
const curlGet = (repo, target) => {
  const start = performance.now();
  execFileSync('curl', ['-sS', '-f', '-o', target, `${base}/v2/${repo}/blobs/${digest}`]);
  return (performance.now() - start) / 1000;
};

const results = { ours: [], curl: [], sum: [], republish: [], republishCold: [], pull: [], curlGet: [], rss: [], pullRss: [] };
const cacheDir = mkdtempSync(join(tmpdir(), 'mlci-bench-cache-'));
try {
  for (let i = 0; i < runs; i++) {
    // alternate which goes first, so neither always meets a warm page cache or a busy neighbour
    const order = i % 2 ? ['curl', 'ours'] : ['ours', 'curl'];
    for (const who of order) {
      if (who === 'curl') {
        results.curl.push(curlPut(`bench/curl${i}`));
        results.sum.push(sha256sum());
      }
      else {
        const r = child('publish', `oci://${server.host}/bench`, `ours${i}`, model, cacheDir);
        results.ours.push(r.seconds);
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
    const dir = mkdtempSync(join(tmpdir(), 'mlci-bench-pull-'));
    const pulled = child('pull', `oci://${server.host}/bench`, `ours${i}`, dir);
    results.pull.push(pulled.seconds);
    results.pullRss.push(pulled.maxRssMB);
    rmSync(dir, { recursive: true, force: true });
    const target = join(tmpdir(), `mlci-bench-curl-${process.pid}.bin`);
    results.curlGet.push(curlGet(`bench/curl${i}`, target));
    rmSync(target, { force: true });
  }
} finally {
  await server.stop();
  // the registry's storage holds a copy per run: gigabytes at the default size
  rmSync(dirname(server.storage), { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}

const mb = bytes / 1e6;
const fmt = (xs) => `median ${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
console.log(`${megabytes} MiB model, ${runs} runs each, docker-registry 2.8.2 on loopback (measured while other work shared the machine)`);
console.log(`publish (mlci, hashing included): ${fmt(results.ours)}  ${(mb / median(results.ours)).toFixed(0)} MB/s, peak RSS ${Math.max(...results.rss).toFixed(0)} MB`);
console.log(`curl PUT (digest precomputed):    ${fmt(results.curl)}  ${(mb / median(results.curl)).toFixed(0)} MB/s`);
console.log(`publish / curl throughput: ${(median(results.curl) / median(results.ours)).toFixed(2)}`);
const scripted = results.curl.map((t, i) => t + results.sum[i]);
console.log(`sha256sum + curl PUT:             ${fmt(scripted)}  (a script's whole publish of one blob)`);
console.log(`publish / (sha256sum + curl):     ${(median(scripted) / median(results.ours)).toFixed(2)}`);
console.log(`republish unchanged bytes:        ${fmt(results.republish)} (digest cache keyed by stat, no upload)`);
console.log(`  the same without a cache folder: ${fmt(results.republishCold)} (one sha256 pass over the file, no upload)`);
console.log(`pull (mlci, verified + untarred): ${fmt(results.pull)}  ${(mb / median(results.pull)).toFixed(0)} MB/s, peak RSS ${Math.max(...results.pullRss).toFixed(0)} MB`);
console.log(`curl GET of the blob:             ${fmt(results.curlGet)}  ${(mb / median(results.curlGet)).toFixed(0)} MB/s`);
console.log(`pull / curl throughput: ${(median(results.curlGet) / median(results.pull)).toFixed(2)}`);
