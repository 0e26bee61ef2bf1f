import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVerdictFile } from '../../shared/evaluate/verdict-file.js';
import type { EvaluationResult } from '../../shared/evaluate/types.js';
import { isUserError } from '../../shared/errors.js';
import { sha256File } from '../../shared/fs/digest.js';
import { checkVerdict } from '../../shared/deploy/verdict-check.js';

const modelFile = new URL('../fixtures/models/breast_cancer_lr.onnx', import.meta.url).pathname;
const otherFile = new URL('../fixtures/models/breast_cancer_lr_weak.onnx', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mlci-verdict-'));

/** a verdict.json as evaluate-gate writes it, for the model file given */
async function verdictFor(file: string, passed: boolean, failedRule?: string): Promise<string> {
  const result = {
    model: { sha256: await sha256File(file) },
    data: { sha256: 'ab'.repeat(32) },
    gate: { passed, gated: true, policy: '.mlci/gate.yml', rules: failedRule ? [{ id: failedRule, passed: false }] : [] },
  } as unknown as EvaluationResult;
  const path = join(dir, `verdict-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(buildVerdictFile(result)));
  return path;
}

async function refusal(path: string, digest: string): Promise<string> {
  try {
    await checkVerdict(path, { name: 'demo', version: 'v2', modelDigest: digest });
  } catch (err) {
    if (isUserError(err)) return err.what;
    throw err;
  }
  return 'accepted';
}

describe('checkVerdict', () => {
  test('accepts a passed verdict naming exactly this model (registry digests carry the sha256: prefix)', async () => {
    const digest = `sha256:${await sha256File(modelFile)}`;
    const verdict = await checkVerdict(await verdictFor(modelFile, true), { name: 'demo', version: 'v2', modelDigest: digest });
    expect(verdict.passed).toBe(true);
  });

  test('refuses a verdict about other bytes, naming both digests', async () => {
    const digest = `sha256:${await sha256File(modelFile)}`;
    const what = await refusal(await verdictFor(otherFile, true), digest);
    expect(what).toContain('The verdict is for another model');
    expect(what).toContain(await sha256File(otherFile));
    expect(what).toContain(digest);
  });

  test('refuses a failed verdict, naming the failed rules', async () => {
    const digest = `sha256:${await sha256File(modelFile)}`;
    expect(await refusal(await verdictFor(modelFile, false, 'metrics.accuracy.min'), digest)).toBe('The gate failed demo v2 (failed rules: metrics.accuracy.min): it is not deployed.');
  });

  test('a missing file or one that is not a verdict is a UserError', async () => {
    expect(await refusal(join(dir, 'absent.json'), 'sha256:00')).toContain('does not exist');
    const notVerdict = join(dir, 'metrics.json');
    writeFileSync(notVerdict, '{"accuracy": 0.9}');
    expect(await refusal(notVerdict, 'sha256:00')).toContain('is not an evaluate-gate verdict');
  });
});
