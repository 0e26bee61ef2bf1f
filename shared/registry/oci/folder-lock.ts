import { mkdir, rm, stat } from 'node:fs/promises';
import { UserError } from '../../errors.js';

const STALE_MS = 60_000;

/**
 * A lock any process on the machine respects: mkdir is atomic, so exactly one writer creates the
 * directory. A lock older than a minute is taken to be left by a killed process and removed; no
 * store operation under it takes that long: the large model blob is written before the lock is taken.
 */
export async function withFolderLock<T>(path: string, body: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(path);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (held > STALE_MS) {
        await rm(path, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new UserError(`Another mlci process has held the registry lock ${path} for ${Math.round(held / 1000)} s.`, path, 'Wait for the other publish or promote to finish; if none is running, delete that directory.');
      }
      await new Promise((r) => setTimeout(r, Math.min(200, 5 * 2 ** Math.min(attempt, 6)) + Math.random() * 10));
    }
  }
  try {
    return await body();
  } finally {
    await rm(path, { recursive: true, force: true });
  }
}
