import { join, relative, resolve, isAbsolute } from 'node:path';
import { UserError } from '../errors.js';
import { claimOutputDir } from '../fs/output-manifest.js';
import type { StepHost } from './types.js';

/**
 * The folder a step writes its results to: the output-dir input, or by default a folder named for
 * the step under the runner's temp dir (on a runner) or ./mlci-output (on a laptop).
 */
export async function resolveOutputDir(host: StepHost<'output-dir' | string, string>, step: string): Promise<string> {
  const given = host.input('output-dir').trim();
  const dir = given ? resolve(given) : host.onRunner ? join(host.tempDir, 'mlci', step) : resolve('mlci-output', step);
  await claimOutputDir(dir, host.logger, host.outputClaims);
  return dir;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Refuses an output directory that holds one of the step's inputs (or is the folder they sit in):
 * the step writes and replaces files there, and an input must never be overwritten or removed.
 */
export function refuseInputsInside(outputDir: string, inputs: Record<string, string | undefined>): void {
  for (const [name, path] of Object.entries(inputs)) {
    if (!path || !inside(outputDir, path)) continue;
    throw new UserError(
      `The output directory ${outputDir} holds the input "${name}" (${resolve(path)}); the step writes there and could overwrite or remove it.`,
      `input output-dir`,
      'Set output-dir to a folder of its own (a new or empty one, e.g. mlci-output/<step>), or move the input out of it.',
    );
  }
}
