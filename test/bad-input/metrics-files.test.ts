// Metrics files read back from earlier runs are input like any other: a baseline metrics.json of
// another task, or values no metric can take, must be refused rather than judged against; and
// select-model must neither rank impossible values nor follow a model link out of its candidate.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { readBaselineMetrics } from '../../shared/evaluate/baseline-metrics.js';
import { selectBestCandidate } from '../../shared/select/select-model.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-metrics-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(value: unknown): string {
  const path = join(dir, `m${n++}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('a baseline metrics file', () => {
  it('of another task is refused, naming both tasks', async () => {
    const err = await readBaselineMetrics(file({ schema: 'mlci/evaluation@1', task: 'regression', metrics: { rmse: 3.2, r2: 0.4 } }), 'binary').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/regression.*binary/);
  });

  it('holding only metrics of another task is refused', async () => {
    const err = await readBaselineMetrics(file({ rmse: 3.2, mae: 2 }), 'binary').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/none of .*rmse, mae.*binary/);
  });

  it.each([
    ['accuracy', -1e308],
    ['accuracy', 1.5],
    ['roc_auc', 1.7],
    ['log_loss', -0.1],
    ['brier', 2],
  ])('with %s = %d is refused as impossible', async (metric, value) => {
    const err = await readBaselineMetrics(file({ metrics: { [metric]: value } }), 'binary').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(new RegExp(`${metric} = ${String(value).replace(/[.+]/g, '\\$&')}.*outside`));
  });

  it('with a regression r2 far below zero is still accepted (r2 has no lower bound)', async () => {
    expect(await readBaselineMetrics(file({ metrics: { r2: -12, rmse: 4 } }), 'regression')).toEqual({ r2: -12, rmse: 4 });
  });
});

describe('select-model', () => {
  function candidate(name: string, metrics: Record<string, number>): string {
    mkdirSync(join(dir, name), { recursive: true });
    const path = join(dir, name, 'metrics.json');
    writeFileSync(path, JSON.stringify({ schema: 'mlci/evaluation@1', task: 'binary', metrics }));
    return path;
  }

  it('refuses an impossible value instead of ranking it first', async () => {
    const good = candidate('good', { roc_auc: 0.93 });
    const bad = candidate('bad', { roc_auc: 1.7 });
    const err = await selectBestCandidate([good, bad], 'roc_auc').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/roc_auc = 1\.7.*outside \[0, 1\]/);
  });

  it('refuses a model.onnx that is a link out of the candidate folder', async () => {
    const outside = join(dir, 'secret.onnx');
    writeFileSync(outside, 'not yours');
    const path = candidate('linked', { roc_auc: 0.9 });
    symlinkSync(outside, join(dir, 'linked', 'model.onnx'));
    const err = await selectBestCandidate([path], 'roc_auc').catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/model\.onnx.*link/);
  });
});
