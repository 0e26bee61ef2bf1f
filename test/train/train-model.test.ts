/** @jest-environment ./test/runtime/ort-environment.js */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { verifyOutputManifest } from '../../shared/fs/output-manifest.js';
import type { Lineage } from '../../shared/train/lineage.js';
import { buildDataManifest, hashDataFiles } from '../../shared/validate/manifest.js';
import { trainModel } from '../../shared/train/train-model.js';
import { renderTrainingReport } from '../../shared/train/training-report.js';
import { isRunning } from './helpers/processes.js';
import { fixtures, makeWorkspace } from './helpers/workspace.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const runCount = (dir: string) => (existsSync(join(dir, 'runs.log')) ? readFileSync(join(dir, 'runs.log'), 'utf8').trim().split('\n').length : 0);

describe('train-model with a command in a child process', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  beforeEach(() => {
    ws = makeWorkspace();
    writeFileSync(join(ws.dir, 'params.yml'), `learning_rate: 0.1\nmodel_source: ${join(fixtures, 'models', 'breast_cancer_lr.onnx')}\n`);
  });
  afterEach(() => ws.cleanup());
  const nodeCommand = JSON.stringify([process.execPath, 'train-node.mjs']);

  test('runs the command with params as env vars and a JSON file, collects outputs, checks the model, writes lineage', async () => {
    const options = ws.options({ command: nodeCommand, paramsFile: 'params.yml' });
    const result = await trainModel(options);
    expect(result.cacheHit).toBe(false);
    expect(result.modelFile).toBe(join(options.outputDir, 'model.onnx'));
    expect(sha256(result.modelFile)).toBe(sha256(join(fixtures, 'models', 'breast_cancer_lr.onnx')));
    const metrics = JSON.parse(readFileSync(result.metricsFile!, 'utf8'));
    expect(metrics.params.learning_rate).toBe(0.1);
    expect(metrics.env_learning_rate).toBe('0.1');
    expect(metrics.target).toBe('target');
    expect(result.check.featureNames).toHaveLength(30);
    expect(result.check.smokeRows).toBe(5);
    // the command's output was streamed into a log group
    expect(options.logger.lines).toContain('a warning on stderr');
    expect(options.logger.lines.some((l) => l.startsWith('group: Training:'))).toBe(true);

    const lineage = JSON.parse(readFileSync(result.lineageFile, 'utf8')) as Lineage;
    expect(lineage.command).toEqual(['node', 'train-node.mjs']);
    expect(lineage.params.learning_rate).toBe(0.1);
    expect(lineage.data).toEqual([{ path: 'data/train.csv', sha256: sha256(join(ws.dir, 'data', 'train.csv')) }]);
    expect(lineage.code.map((c) => c.path)).toEqual(['train-node.mjs', 'train.sh']);
    expect(lineage.outputs.find((o) => o.path === 'model.onnx')!.sha256).toBe(sha256(result.modelFile));
    expect(lineage.tools.node).toBe(process.version);
    // the model names no features: the lineage keeps the order it took them in, for evaluate-gate
    expect(lineage.features).toEqual(result.check.featureNames);
    expect(lineage.features![0]).toBe('mean_radius');
    expect(lineage.durationMs).toBeGreaterThan(0);
    // every output is listed with its digest in manifest.json
    const manifest = await verifyOutputManifest(options.outputDir);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['lineage.json', 'metrics.json', 'model.onnx']);
  });

  test('a second run with the same inputs is a cache hit: outputs restored, the command not run', async () => {
    const first = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }));
    expect(runCount(ws.dir)).toBe(1);
    const options = ws.options({ command: nodeCommand, paramsFile: 'params.yml' });
    const second = await trainModel(options);
    expect(second.cacheHit).toBe(true);
    expect(second.key).toBe(first.key);
    expect(runCount(ws.dir)).toBe(1);
    expect(second.durationMs).toBe(first.durationMs);
    expect(sha256(second.modelFile)).toBe(sha256(first.modelFile));
    expect(second.modelFile.startsWith(options.outputDir)).toBe(true);
    const lineage = JSON.parse(readFileSync(second.lineageFile, 'utf8')) as Lineage;
    expect(lineage.cache).toEqual({ key: first.key, hit: true });
    expect(renderTrainingReport(second)).toContain('Training skipped: cache hit');
  });

  test('a changed parameter, data file or code file misses the cache', async () => {
    const base = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }));
    const param = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', paramOverrides: ['learning_rate=0.2'] }));
    expect(param.cacheHit).toBe(false);
    expect(param.key).not.toBe(base.key);
    expect(JSON.parse(readFileSync(param.metricsFile!, 'utf8')).params.learning_rate).toBe(0.2);

    appendFileSync(join(ws.dir, 'data', 'train.csv'), readFileSync(join(ws.dir, 'data', 'train.csv'), 'utf8').split('\n')[1] + '\n');
    const data = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }));
    expect(data.cacheHit).toBe(false);

    appendFileSync(join(ws.dir, 'train-node.mjs'), '\n// a change to the code\n');
    const code = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }));
    expect(code.cacheHit).toBe(false);
    expect(new Set([base.key, param.key, data.key, code.key]).size).toBe(4);
    expect(runCount(ws.dir)).toBe(4);
    // and cache: false always trains
    const uncached = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', useCache: false }));
    expect(uncached.cacheHit).toBe(false);
    expect(runCount(ws.dir)).toBe(5);
  });

  test('a data manifest stands for the data: a new validation time does not miss, new content does', async () => {
    const manifest = (digest: string, at: string) => writeFileSync(join(ws.dir, 'data-manifest.json'), JSON.stringify({ createdAt: at, files: [{ path: 'data/train.csv', sha256: digest }] }));
    manifest('aaa', '2026-01-01T00:00:00Z');
    const first = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }));
    manifest('aaa', '2026-02-02T00:00:00Z');
    const again = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }));
    expect(again.cacheHit).toBe(true);
    manifest('bbb', '2026-02-02T00:00:00Z');
    const changed = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }));
    expect(changed.cacheHit).toBe(false);
    expect(changed.key).not.toBe(first.key);
  });

  test('validate-data\'s manifest stands for the data: its digest is the data version in the key and lineage', async () => {
    const write = async () => {
      const file = join(ws.dir, 'data', 'train.csv');
      const manifest = buildDataManifest(await hashDataFiles([file]), [{ file, rows: 398 }]);
      writeFileSync(join(ws.dir, 'data-manifest.json'), JSON.stringify(manifest));
      return manifest;
    };
    const manifest = await write();
    const first = await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }));
    const lineage = JSON.parse(readFileSync(first.lineageFile, 'utf8')) as Lineage;
    expect(lineage.dataManifest).toBe(manifest.digest);
    expect(lineage.data).toEqual([{ path: join(ws.dir, 'data', 'train.csv'), sha256: sha256(join(ws.dir, 'data', 'train.csv')) }]);
    expect((await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }))).cacheHit).toBe(true);
    appendFileSync(join(ws.dir, 'data', 'train.csv'), readFileSync(join(ws.dir, 'data', 'train.csv'), 'utf8').split('\n')[1] + '\n');
    await write();
    expect((await trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', dataManifest: 'data-manifest.json' }))).cacheHit).toBe(false);
  });

  test('a shell script given by path writes into the working directory; declared outputs and globs are collected', async () => {
    writeFileSync(join(ws.dir, 'params.yml'), `epochs: 3\nmodel_source: ${join(fixtures, 'models', 'breast_cancer_lr.onnx')}\n`);
    const options = ws.options({ command: 'train.sh', paramsFile: 'params.yml', outputs: ['model.onnx', 'metrics.json', 'plots/*.txt'] });
    const result = await trainModel(options);
    expect(result.outputs).toEqual(['metrics.json', 'model.onnx', 'plots/loss.txt']);
    expect(readFileSync(join(options.outputDir, 'plots', 'loss.txt'), 'utf8')).toBe('loss curve\n');
    expect(JSON.parse(readFileSync(result.metricsFile!, 'utf8'))).toEqual({ epochs: 3 });
    expect(options.logger.lines).toContain('shell training, epochs=3');
  });

  test('a non-zero exit fails with the end of its stderr', async () => {
    writeFileSync(join(ws.dir, 'params.yml'), 'mode: fail\n');
    const failure = trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }));
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/exited with code 3[\s\S]*ValueError: learning rate too high/);
  });

  test('a command that writes no model fails clearly', async () => {
    writeFileSync(join(ws.dir, 'params.yml'), 'mode: no-model\n');
    await expect(trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }))).rejects.toThrow(/wrote no ONNX model/);
  });

  test('an invalid model fails clearly', async () => {
    writeFileSync(join(ws.dir, 'params.yml'), 'mode: invalid-model\n');
    await expect(trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }))).rejects.toThrow(/not a valid ONNX file/);
  });

  test('a model whose input does not match the data\'s features fails clearly', async () => {
    writeFileSync(join(ws.dir, 'params.yml'), `model_source: ${join(fixtures, 'models', 'diabetes_linreg.onnx')}\n`);
    await expect(trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml' }))).rejects.toThrow(/takes 10 features, but .* has 30 feature columns/);
  });

  test('a timeout kills the whole process tree', async () => {
    const pidFile = join(ws.dir, 'grandchild.pid');
    writeFileSync(join(ws.dir, 'params.yml'), `mode: hang\npid_file: ${pidFile}\n`);
    await expect(trainModel(ws.options({ command: nodeCommand, paramsFile: 'params.yml', timeoutMs: 1500 }))).rejects.toThrow(/timed out after 1\.5 s/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(isRunning(pid)).toBe(false);
  });

  test('a shell command line is refused, as is a missing program', async () => {
    await expect(trainModel(ws.options({ command: 'python train.py --epochs 3; rm -rf /' }))).rejects.toThrow(/looks like a shell command line/);
    await expect(trainModel(ws.options({ command: '[mlci-no-such-program-xyz, train.py]' }))).rejects.toThrow(/was not found/);
  });
});

describe('train-model with a built-in trainer', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  beforeEach(() => (ws = makeWorkspace()));
  afterEach(() => ws.cleanup());

  test('trains, checks and caches a logistic regression; a changed C misses', async () => {
    const first = await trainModel(ws.options({ trainer: 'builtin:logistic-regression', code: [] }));
    expect(first.cacheHit).toBe(false);
    expect(first.check.featureNames).toHaveLength(30);
    const metrics = JSON.parse(readFileSync(first.metricsFile!, 'utf8'));
    expect(metrics.task).toBe('binary');
    expect(metrics.rows).toBe(398);
    const again = await trainModel(ws.options({ trainer: 'builtin:logistic-regression', code: [] }));
    expect(again.cacheHit).toBe(true);
    const other = await trainModel(ws.options({ trainer: 'builtin:logistic-regression', code: [], paramOverrides: ['C=0.1'] }));
    expect(other.cacheHit).toBe(false);
  });

  test('an unknown hyperparameter is refused by name', async () => {
    await expect(trainModel(ws.options({ trainer: 'builtin:gradient-boosted-trees', code: [], paramOverrides: ['learning_rat=0.1'] }))).rejects.toThrow(/has no parameter "learning_rat"/);
  });

  test('trainer and command together, or neither, is refused', async () => {
    await expect(trainModel(ws.options({ trainer: 'builtin:linear-regression', command: '[node, x.mjs]' }))).rejects.toThrow(/Both trainer and command/);
    await expect(trainModel(ws.options({}))).rejects.toThrow(/Neither trainer nor command/);
  });
});
