import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { VerdictFile } from '../evaluate/verdict-file.js';

/** The hex of a digest written as "sha256:HEX" or "HEX". */
export function digestHex(digest: string): string {
  return digest.replace(/^sha256:/, '').toLowerCase();
}

/**
 * Refuses a model the gate did not bless: the verdict must have passed and must name exactly this
 * model's bytes (its sha256), so a verdict cannot be reused for another model.
 */
export async function checkVerdict(path: string, model: { name: string; version: string; modelDigest: string }): Promise<VerdictFile> {
  let verdict: VerdictFile;
  try {
    verdict = JSON.parse(await readFile(path, 'utf8')) as VerdictFile;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      missing ? `The verdict file ${path} does not exist.` : `The verdict file ${path} is not JSON.`,
      'input verdict',
      'Pass the verdict.json that evaluate-gate wrote for this model (its verdict-file output, or artifact:NAME/verdict.json).',
    );
  }
  if (verdict?.schema !== 'mlci/verdict@1' || typeof verdict.modelSha256 !== 'string') {
    throw new UserError(`${path} is not an evaluate-gate verdict (no schema "mlci/verdict@1").`, 'input verdict', 'Pass the verdict.json that evaluate-gate wrote.');
  }
  if (digestHex(verdict.modelSha256) !== digestHex(model.modelDigest)) {
    throw new UserError(
      `The verdict is for another model: it names sha256:${digestHex(verdict.modelSha256)}, but ${model.name} ${model.version} is ${model.modelDigest}.`,
      'input verdict',
      'Pass the verdict of the evaluation of this very model, or deploy the version that was evaluated.',
    );
  }
  if (!verdict.passed) {
    throw new UserError(
      `The gate failed ${model.name} ${model.version}${verdict.failedRules.length ? ` (failed rules: ${verdict.failedRules.join(', ')})` : ''}: it is not deployed.`,
      'input verdict',
      'Fix the model until evaluate-gate passes, or have a maintainer override the gate on the pull request.',
    );
  }
  return verdict;
}
