/** @jest-environment ./test/runtime/ort-environment.js */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { UserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { FolderDirectoryCache } from '../../shared/runtime/folder-cache.js';
import { ONNXRUNTIME_NODE_VERSION, loadOnnxRuntime, onnxRuntimeInstallDir } from '../../shared/runtime/onnxruntime.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const repo = new URL('../../', import.meta.url).pathname;
const model = join(repo, 'test/fixtures/models/breast_cancer_lr.onnx');
const firstRows = readFileSync(join(repo, 'test/fixtures/data/breast_cancer_test.csv'), 'utf8').split('\n').slice(1, 4).map((l) => l.split(',').slice(0, 30).map(Number));

test('the pinned version is the one package.json depends on and npm installed', () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  expect(pkg.dependencies['onnxruntime-node'].replace(/^[\^~=]/, '')).toBe(ONNXRUNTIME_NODE_VERSION);
  const installed = JSON.parse(readFileSync(join(repo, 'node_modules/onnxruntime-node/package.json'), 'utf8'));
  expect(installed.version).toBe(ONNXRUNTIME_NODE_VERSION);
});

test('normal resolution finds the checkout’s onnxruntime-node', async () => {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'mlci-ort-'));
  try {
    const ort = await loadOnnxRuntime({ toolCacheDir: join(cacheRoot, 'tools'), cache: new FolderDirectoryCache(join(cacheRoot, 'c')), logger: silentLogger, allowInstall: false });
    expect(ort).toBe(createRequire(import.meta.url)('onnxruntime-node'));
    expect(existsSync(join(cacheRoot, 'tools'))).toBe(false);
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
});

test('without the module, a cache entry or permission to install: a UserError saying how to install it', async () => {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'mlci-ort-'));
  try {
    const attempt = loadOnnxRuntime({ toolCacheDir: join(cacheRoot, 'tools'), cache: new FolderDirectoryCache(join(cacheRoot, 'c')), logger: silentLogger, allowInstall: false, resolveFrom: false });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(`npm install onnxruntime-node@${ONNXRUNTIME_NODE_VERSION}`);
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
});

describe('outside the repository, as the bundled action runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'mlci-ort-install-'));
  const cacheDir = join(work, 'cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    // The loader bundled as the actions bundle it, with onnxruntime-node external.
    writeFileSync(join(work, 'entry.ts'), `export { loadOnnxRuntime } from ${JSON.stringify(join(repo, 'shared/runtime/onnxruntime.ts'))};\nexport { FolderDirectoryCache } from ${JSON.stringify(join(repo, 'shared/runtime/folder-cache.ts'))};\n`);
    await build({ entryPoints: [join(work, 'entry.ts')], outfile: join(work, 'loader.mjs'), bundle: true, format: 'esm', platform: 'node', target: 'node20', external: ['onnxruntime-node'], logLevel: 'error' });
    writeFileSync(
      join(work, 'run.mjs'),
      `import { createRequire } from 'node:module';
import { loadOnnxRuntime, FolderDirectoryCache } from './loader.mjs';
const [toolCacheDir, cacheDir, allowInstall, modelPath, rows] = process.argv.slice(2);
const logger = { info() {}, warning: (m) => console.error(m), error() {}, debug() {}, group: (_t, body) => body() };
const ort = await loadOnnxRuntime({ toolCacheDir, cache: new FolderDirectoryCache(cacheDir), logger, allowInstall: allowInstall === 'true', preferOffline: true });
const x = JSON.parse(rows);
const session = await ort.InferenceSession.create(modelPath);
const out = await session.run({ input: new ort.Tensor('float32', Float32Array.from(x.flat()), [x.length, x[0].length]) });
const loadedFrom = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.endsWith('onnxruntime-node/dist/index.js'));
console.log(JSON.stringify({ probabilities: Array.from(out.probabilities.data), loadedFrom }));
`,
    );
  }, 60_000);

  async function runChild(toolCacheDir: string, allowInstall: boolean, path = process.env.PATH) {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: path };
    delete env.NODE_PATH;
    const { stdout } = await promisify(execFile)(process.execPath, ['run.mjs', toolCacheDir, cacheDir, String(allowInstall), model, JSON.stringify(firstRows)], { cwd: work, env });
    return JSON.parse(stdout) as { probabilities: number[]; loadedFrom: string[] };
  }

  async function expectedProbabilities() {
    const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
    const session = await ort.InferenceSession.create(model);
    const out = await session.run({ input: new ort.Tensor('float32', Float32Array.from(firstRows.flat()), [firstRows.length, 30]) });
    return Array.from(out.probabilities!.data as Float32Array);
  }

  test('installs with npm into the tool cache, keeps only this platform’s binary, and runs a model', async () => {
    const toolCacheDir = join(work, 'tools-1');
    const result = await runChild(toolCacheDir, true);
    const installDir = onnxRuntimeInstallDir(toolCacheDir);
    expect(result.loadedFrom).toEqual([join(installDir, 'node_modules/onnxruntime-node/dist/index.js')]);
    expect(result.probabilities).toEqual(await expectedProbabilities());

    const napi = join(installDir, 'node_modules/onnxruntime-node/bin/napi-v6');
    expect(readdirSync(napi)).toEqual([process.platform]);
    expect(readdirSync(join(napi, process.platform))).toEqual([process.arch]);
    // ...and saved it for the next run.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  }, 180_000);

  test('a fresh runner restores it from the cache instead of installing', async () => {
    const toolCacheDir = join(work, 'tools-2');
    const result = await runChild(toolCacheDir, false);
    expect(result.loadedFrom).toEqual([join(onnxRuntimeInstallDir(toolCacheDir), 'node_modules/onnxruntime-node/dist/index.js')]);
    expect(result.probabilities).toEqual(await expectedProbabilities());
  }, 120_000);

  test('a runner that has it in its tool cache uses that, even with an empty cache', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const toolCacheDir = join(work, 'tools-1');
    const result = await runChild(toolCacheDir, false);
    expect(result.loadedFrom).toEqual([join(onnxRuntimeInstallDir(toolCacheDir), 'node_modules/onnxruntime-node/dist/index.js')]);
    expect(existsSync(cacheDir)).toBe(false);
  }, 120_000);

  test('no npm on PATH: a UserError naming npm and how to get it', async () => {
    const attempt = runChild(join(work, 'tools-3'), true, join(work, 'no-such-dir'));
    await expect(attempt).rejects.toThrow(/npm was not found.*Fix: Add actions\/setup-node/s);
  }, 60_000);
});
