import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { StepHost } from './types.js';

/**
 * The folder a step writes its results to: the output-dir input, or by default a folder named for
 * the step under the runner's temp dir (on a runner) or ./mlci-output (on a laptop).
 */
export async function resolveOutputDir(host: StepHost<'output-dir' | string, string>, step: string): Promise<string> {
  const given = host.input('output-dir').trim();
  const dir = given ? resolve(given) : host.onRunner ? join(host.tempDir, 'mlci', step) : resolve('mlci-output', step);
  await mkdir(dir, { recursive: true });
  return dir;
}
