// The Dockerfile's image, proven without Docker (there is no daemon or registry here): its COPY
// sources exist, its runtime stage's npm install runs as written (offline, from npm's cache) into
// a directory standing for WORKDIR, the build output is copied where its COPY puts it, and the
// ENTRYPOINT + CMD argv started there answers an Open Inference Protocol request with the
// predictions onnxruntime gives, loading onnxruntime from that directory and nowhere else.
// Needs `npm run build` first (dist/ is what the build stage makes).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../helpers/run-action.js';
import { breastCancerRows, call, runLocally } from '../serve/support.js';
import { copyParts, execForm, parseDockerfile, shellCommands, type Stage } from './dockerfile.js';

const stages = parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1)!;
const byName = new Map(stages.filter((s) => s.name).map((s) => [s.name!, s]));
const model = join(repoRoot, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');

function workdirOf(stage: Stage): string {
  const found = stage.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1);
  if (!found) throw new Error(`the stage FROM ${stage.base} has no WORKDIR`);
  return found.args;
}

/** a path inside another stage (COPY --from) → the repo path its build step produces */
function repoPathOf(stageName: string, path: string): string {
  const stage = byName.get(stageName);
  if (!stage) throw new Error(`COPY --from=${stageName}: no stage of that name`);
  const rel = relative(workdirOf(stage), path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`COPY --from=${stageName} ${path}: outside that stage's WORKDIR`);
  return join(repoRoot, rel);
}

test('the Dockerfile builds from what the repository holds', () => {
  expect(stages.map((s) => s.base.split(':')[0])).toEqual(['node', 'node']);
  expect(runtime.base).toBe('node:24-slim');
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'COPY') {
        const { from, sources } = copyParts(instruction);
        for (const source of sources) expect([instruction.line, existsSync(from ? repoPathOf(from, source) : join(repoRoot, source))]).toEqual([instruction.line, true]);
      }
      if (instruction.keyword === 'RUN') {
        // the scripts a RUN starts with node are in the repo
        for (const command of shellCommands(instruction.args)) {
          if (command.argv[0] === 'node') expect([instruction.line, existsSync(join(repoRoot, command.argv[1]!))]).toEqual([instruction.line, true]);
        }
      }
    }
  }
  // the build context leaves out what the build stage makes itself
  const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
  expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist']));
});

test('the runtime stage, assembled in a directory, answers an inference request with the entrypoint argv', async () => {
  const root = mkdtempSync(join(tmpdir(), 'mlci-image-'));
  const image = join(root, 'workdir');
  const models = join(root, 'models');
  const home = join(root, 'home');
  try {
    mkdirSync(image);
    mkdirSync(models);
    mkdirSync(home);
    const workdir = workdirOf(runtime);
    const env: Record<string, string> = {};
    for (const instruction of runtime.instructions) {
      if (instruction.keyword === 'ENV') {
        for (const pair of instruction.args.split(/\s+/)) {
          const [name, value] = pair.split('=') as [string, string];
          env[name] = value;
        }
      } else if (instruction.keyword === 'RUN') {
        for (const command of shellCommands(instruction.args)) runInImage(command, image, home);
      } else if (instruction.keyword === 'COPY') {
        const { from, sources, dest } = copyParts(instruction);
        const target = isAbsolute(dest) ? join(image, relative(workdir, dest)) : join(image, dest);
        for (const source of sources) cpSync(from ? repoPathOf(from, source) : join(repoRoot, source), target, { recursive: true });
      }
    }
    const exposed = runtime.instructions.find((i) => i.keyword === 'EXPOSE')!.args;
    const argv = [...execForm(runtime, 'ENTRYPOINT'), ...execForm(runtime, 'CMD')];
    expect(argv).toEqual(['node', `${workdir}/dist/cli/index.mjs`, 'serve', '--host', '0.0.0.0', '--port', exposed, '--model', '/mnt/models']);
    // KServe mounts the model at /mnt/models; here, a directory holding one model
    copyFileSync(model, join(models, 'breast_cancer_lr.onnx'));
    // Inside a container the server listens on every interface at the exposed port; a test stays
    // on loopback and takes a free port.
    const local = argv.map((a, i) => {
      if (i === 0) return process.execPath;
      if (a.startsWith(`${workdir}/`)) return join(image, a.slice(workdir.length + 1));
      if (a === '/mnt/models') return models;
      if (argv[i - 1] === '--host') return '127.0.0.1';
      if (argv[i - 1] === '--port') return '0';
      return a;
    });
    const child = spawn(local[0]!, local.slice(1), {
      cwd: image,
      env: { PATH: process.env.PATH!, HOME: home, ...env, MLCI_CACHE_DIR: join(root, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "listening" line within 30 s; stderr: ${stderr}`)), 30_000);
        child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
        createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line.startsWith('{') && JSON.parse(line).msg === 'listening') {
            clearTimeout(timer);
            resolve(JSON.parse(line).url);
          }
        });
      });
      for (let i = 0; i < 300 && (await fetch(`${url}/v2/health/ready`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
      const rows = breastCancerRows(2);
      const answer = await call(url, 'POST', '/v2/models/breast_cancer_lr/infer', { inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: rows }] });
      expect(answer.status).toBe(200);
      const expected = await runLocally(model, Float32Array.from(rows.flat()), 2, 30);
      const probabilities = answer.body.outputs.find((o: { name: string }) => o.name === 'probabilities');
      expect(probabilities.data).toEqual(Array.from(expected.probabilities!.data as Float32Array));
      // onnxruntime's native library came from the image's node_modules, not the repository's
      const maps = readFileSync(`/proc/${child.pid}/maps`, 'utf8');
      const libraries = [...new Set(maps.split('\n').filter((l) => l.includes('libonnxruntime')).map((l) => l.split(/\s+/).at(-1)!))];
      expect(libraries.length).toBeGreaterThan(0);
      const installed = realpathSync(join(image, 'node_modules', 'onnxruntime-node'));
      for (const library of libraries) expect(library.startsWith(`${installed}/`)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 300_000);

/**
 * One command of a RUN line, as the image build would run it. `npm install` runs as written,
 * offline from npm's cache (no network here; CI's `npm ci` fills the cache with the same
 * onnxruntime-node). `npm cache clean` only slims the image layer; here it would empty this
 * machine's cache, so it is left out.
 */
function runInImage(command: { env: Record<string, string>; argv: string[] }, cwd: string, home: string): void {
  const [program, verb] = command.argv;
  if (program === 'npm' && verb === 'cache') return;
  if (program !== 'npm' || verb !== 'install') throw new Error(`the image test does not know how to run "${command.argv.join(' ')}"; teach test/e2e/serve-image.test.ts`);
  // No npm_* variables from a surrounding `npm test`: they could point npm at the repository.
  // --prefix says what the image's WORKDIR (no package.json above it) means to npm anyway.
  const cache = process.env.npm_config_cache ?? join(process.env.HOME ?? home, '.npm');
  const result = spawnSync('npm', [...command.argv.slice(1), '--offline', '--prefix', cwd], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: home, ...command.env, ONNXRUNTIME_NODE_INSTALL: 'skip', npm_config_cache: cache },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status === 0) return;
  // Without the package in npm's cache, the same layout from the repository's own install.
  process.stderr.write(`serve-image.test: "npm ${command.argv.slice(1).join(' ')} --offline" failed (${(result.stderr || String(result.error)).trim().split('\n').at(-1)}); linking node_modules/onnxruntime-* from the repository instead\n`);
  mkdirSync(join(cwd, 'node_modules'), { recursive: true });
  for (const name of ['onnxruntime-node', 'onnxruntime-common']) symlinkSync(join(repoRoot, 'node_modules', name), join(cwd, 'node_modules', name), 'dir');
}
