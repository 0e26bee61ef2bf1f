// Nothing the user has is lost or overwritten: an output directory that holds a repository or the
// step's own inputs is refused, files mlci did not write stay out of manifest.json, two runs cannot
// write into one directory at once, and an artifact file the manifest does not vouch for (or a
// link inside the artifact) is refused. The lock lives exactly as long as the step that took it: a
// failed step releases it when it ends, and a lock left by a killed process is taken over with a
// warning. The steps run as the CLI bundle (npm run build first).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderArtifactStore } from '../../shared/artifacts/folder-store.js';
import { UserError } from '../../shared/errors.js';
import { OUTPUT_LOCK, claimOutputDir, releasingOutputDirs, writeOutputManifest } from '../../shared/fs/output-manifest.js';
import { silentLogger, type Logger } from '../../shared/log.js';
import { PassThrough } from 'node:stream';
import { createCliHost } from '../../cli/host.js';
import { evaluateGateStep } from '../../shared/evaluate/step.js';
import { runStep } from '../../shared/steps/run-step.js';
import { resolveInputPath } from '../../shared/steps/artifact-inputs.js';
import type { StepDefinition, StepHost } from '../../shared/steps/types.js';
import { repoRoot } from '../helpers/run-action.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const root = mkdtempSync(join(tmpdir(), 'mlci-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = join(root, `d${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.mjs'), ...args], { cwd, env: { ...process.env, MLCI_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' } }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the output directory', () => {
  it('lists in manifest.json only what the step wrote, not a .env that was there before', async () => {
    const dir = fresh();
    writeFileSync(join(dir, '.env'), 'TOKEN=secret');
    await claimOutputDir(dir);
    writeFileSync(join(dir, 'metrics.json'), '{}');
    const manifest = await writeOutputManifest(dir, 'test');
    expect(manifest.files.map((f) => f.path)).toEqual(['metrics.json']);
  });

  it('refuses a directory holding a git repository', async () => {
    const dir = fresh();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[http]\nextraheader = AUTHORIZATION: basic xyz');
    const err = await claimOutputDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/git repository/);
  });

  it('cannot be written by two runs at once; the second may start once the first has written its manifest', async () => {
    const dir = fresh();
    await claimOutputDir(dir);
    const err = await claimOutputDir(dir).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/another mlci run/i);
    await writeOutputManifest(dir, 'test');
    await expect(claimOutputDir(dir)).resolves.toBeUndefined();
    await writeOutputManifest(dir, 'test');
  });

  it('evaluate-gate refuses an output directory that holds its baseline, and leaves the baseline alone', async () => {
    const dir = fresh();
    const baseline = join(dir, 'metrics.json');
    writeFileSync(baseline, JSON.stringify({ metrics: { accuracy: 0.5 } }));
    const run = await cli(['evaluate-gate', '--model', join(fixtures, 'models', 'breast_cancer_lr.onnx'), '--data', join(fixtures, 'data', 'breast_cancer_test.csv'), '--target', 'target', '--baseline', baseline, '--bootstrap-resamples', '0', '--output-dir', dir], dir);
    expect(run.stderr).toMatch(/output directory .* holds the input "baseline"/);
    expect(run.code).toBe(2);
    expect(JSON.parse(readFileSync(baseline, 'utf8'))).toEqual({ metrics: { accuracy: 0.5 } });
  });

  it('train-model --output-dir . refuses to touch the working directory with the training data and code', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'train.csv'), readFileSync(join(fixtures, 'data', 'iris_train.csv')));
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const run = await cli(['train-model', '--trainer', 'builtin:logistic-regression', '--data', 'train.csv', '--target', 'species', '--outputs', '**', '--output-dir', '.'], dir);
    expect(run.stderr).toMatch(/output directory .* holds/);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'train.csv'))).toBe(true);
  });
});

describe('infer-schema --output', () => {
  it('refuses to write over the data file it reads', async () => {
    const dir = fresh();
    const data = join(dir, 'iris.csv');
    const text = readFileSync(join(fixtures, 'data', 'iris_test.csv'), 'utf8');
    writeFileSync(data, text);
    const run = await cli(['infer-schema', '--data', data, '--output', data], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the data file/);
    expect(readFileSync(data, 'utf8')).toBe(text);
  });

  it('names a directory at the output path as the problem, not as a bug', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'schema.yml'));
    const run = await cli(['infer-schema', '--data', join(fixtures, 'data', 'iris_test.csv'), '--output', 'schema.yml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a directory/);
    expect(run.stderr).not.toMatch(/bug in mlci/);
  });
});

describe('artifact: inputs', () => {
  function host(store: FolderArtifactStore): StepHost {
    return { input: () => '', setOutput: () => {}, summary: async () => {}, logger: silentLogger, tempDir: fresh(), toolCacheDir: fresh(), cache: undefined as never, env: {}, onRunner: false, artifacts: store };
  }
  async function artifact(): Promise<{ store: FolderArtifactStore; dir: string }> {
    const storeRoot = fresh();
    const dir = join(storeRoot, 'cand');
    mkdirSync(dir);
    writeFileSync(join(dir, 'model.onnx'), readFileSync(join(fixtures, 'models', 'iris_lr.onnx')));
    await claimOutputDir(dir);
    await writeOutputManifest(dir, 'test');
    return { store: new FolderArtifactStore(storeRoot), dir };
  }

  it('refuses a file the artifact\'s manifest does not list', async () => {
    const { store, dir } = await artifact();
    writeFileSync(join(dir, 'extra.onnx'), 'slipped in after the manifest');
    const err = await resolveInputPath(host(store), 'model', 'artifact:cand/extra.onnx').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/not listed in the artifact's manifest/);
  });

  it('refuses a symbolic link inside the artifact', async () => {
    const { store, dir } = await artifact();
    writeFileSync(join(root, 'outside.txt'), 'secret');
    symlinkSync(join(root, 'outside.txt'), join(dir, 'link.txt'));
    const err = await resolveInputPath(host(store), 'model', 'artifact:cand/model.onnx').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/symbolic link/);
  });
});

describe('the output directory lock', () => {
  test('a step that fails after taking its output directory releases it when it ends', async () => {
    const dir = fresh();
    const notAModel = join(root, 'broken.onnx');
    writeFileSync(notAModel, 'this is not an ONNX model');
    const step = evaluateGateStep as unknown as StepDefinition;
    const { host } = createCliHost(step, { model: notAModel, data: 'test/fixtures/data/breast_cancer_test.csv', target: 'target', 'output-dir': dir }, { out: new PassThrough(), err: new PassThrough() });
    const err = await runStep(step, host).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(existsSync(join(dir, OUTPUT_LOCK))).toBe(false);
    // the next run in this same process may use the folder at once
    await expect(claimOutputDir(dir)).resolves.toBeUndefined();
    await writeOutputManifest(dir, 'test');
  });

  test('a step that ends releases only its own claims: a step still running keeps its directory locked', async () => {
    const first = fresh();
    const second = fresh();
    let finishSecond!: () => void;
    const secondRunning = releasingOutputDirs(async (claims) => {
      await claimOutputDir(second, undefined, claims);
      await new Promise<void>((done) => (finishSecond = done));
    });
    await releasingOutputDirs(async (claims) => {
      await claimOutputDir(first, undefined, claims);
      await new Promise((done) => setImmediate(done));
      throw new Error('the first step fails');
    }).catch(() => undefined);
    expect(existsSync(join(first, OUTPUT_LOCK))).toBe(false);
    expect(existsSync(join(second, OUTPUT_LOCK))).toBe(true);
    const refused = await claimOutputDir(second).catch((e) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.message).toMatch(/another mlci run/i);
    finishSecond();
    await secondRunning;
    expect(existsSync(join(second, OUTPUT_LOCK))).toBe(false);
  });

  test('a lock left by a process that was killed is taken over, with a warning naming it', async () => {
    const dir = fresh();
    // a real process id that has ended: a child that exited
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(gone.stdout);
    writeFileSync(join(dir, OUTPUT_LOCK), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z' }));
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warning: (m) => void warnings.push(m) };
    await releasingOutputDirs((claims) => claimOutputDir(dir, logger, claims));
    expect(warnings.join('\n')).toMatch(new RegExp(`process ${pid}, which is no longer running`));
    expect(existsSync(join(dir, OUTPUT_LOCK))).toBe(false);
  });

  test('a lock file cut short by a crash is stale too, not a bug', async () => {
    const dir = fresh();
    writeFileSync(join(dir, OUTPUT_LOCK), '{"pid": 12');
    const warnings: string[] = [];
    await releasingOutputDirs((claims) => claimOutputDir(dir, { ...silentLogger, warning: (m) => void warnings.push(m) }, claims));
    expect(warnings.join('\n')).toMatch(/left no readable process id/);
  });
});
