import { stat } from 'node:fs/promises';
import type { Logger } from '../log.js';
import { ProgressReporter } from '../progress.js';

/**
 * Runs a scan of `files` with progress in bytes of the files on disk: done, total, rate and time
 * left, a live line on a terminal and a line every few seconds in a runner's log. The scan gets
 * the `onBytes` to hand its readers (and through them its worker processes).
 */
export async function withScanProgress<T>(logger: Logger, what: string, files: string[], scan: (onBytes: (bytes: number) => void) => Promise<T>, now?: () => number): Promise<T> {
  let total = 0;
  for (const file of files) total += (await stat(file).catch(() => undefined))?.size ?? 0;
  const progress = new ProgressReporter(logger, { what, unit: 'bytes', ...(total > 0 ? { total } : {}), ...(now ? { now } : {}) });
  // a reader reads a little ahead, and a worker's share starts with the header's block: never past the total
  let done = 0;
  const result = await scan((bytes) => {
    done += bytes;
    progress.update(total > 0 ? Math.min(done, total) : done);
  });
  progress.finish(total > 0 ? Math.min(done, total) : done);
  return result;
}
