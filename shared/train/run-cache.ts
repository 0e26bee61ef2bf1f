import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError } from '../errors.js';
import { writeJsonAtomic } from '../fs/atomic.js';
import { resolveInside } from '../fs/safe-path.js';
import type { Logger } from '../log.js';
import type { DirectoryCache } from '../steps/types.js';

/** What a cache entry records next to the outputs it holds. */
export interface CachedRun {
  schema: 'mlci/train-run@1';
  key: string;
  /** how long the original training took: the time a hit saves */
  durationMs: number;
  createdAt: string;
  /** output files, relative to the output directory */
  files: string[];
}

const RECORD = 'mlci-run.json';
const OUTPUTS = 'outputs';

/**
 * The folder entries are staged in: always the same path, because @actions/cache ties an entry to
 * the path it was saved from (a restore into another path misses).
 */
async function freshStagingDir(scratchDir: string): Promise<string> {
  const staging = join(scratchDir, 'run-cache');
  await rm(staging, { recursive: true, force: true });
  await mkdir(scratchDir, { recursive: true });
  return staging;
}

/**
 * Restores a previous run's outputs into `outputDir` (other files there are left alone).
 * Returns the run's record on a hit; undefined on a miss or an unreadable entry (warned, then
 * treated as a miss: a broken cache must never fail training).
 */
export async function restoreCachedRun(cache: DirectoryCache, key: string, outputDir: string, scratchDir: string, logger: Logger): Promise<CachedRun | undefined> {
  const staging = await freshStagingDir(scratchDir);
  try {
    let hit: boolean;
    try {
      hit = await cache.restore(key, staging);
    } catch (err) {
      logger.warning(`Restoring the training cache failed (${describeError(err)}); training instead.`);
      return undefined;
    }
    if (!hit) return undefined;
    let record: CachedRun;
    try {
      record = JSON.parse(await readFile(join(staging, RECORD), 'utf8')) as CachedRun;
      if (record.schema !== 'mlci/train-run@1' || record.key !== key || !Array.isArray(record.files)) throw new Error('unexpected record');
    } catch (err) {
      logger.warning(`The training cache entry ${key} is unreadable (${describeError(err)}); training instead.`);
      return undefined;
    }
    for (const file of record.files) {
      const target = resolveInside(outputDir, file, 'cached output');
      await mkdir(dirname(target), { recursive: true });
      await copyFile(resolveInside(join(staging, OUTPUTS), file, 'cached output'), target);
    }
    return record;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Saves a run's outputs under its key; false when that failed (a warning: the training itself succeeded). */
export async function saveCachedRun(cache: DirectoryCache, run: CachedRun, outputDir: string, scratchDir: string, logger: Logger): Promise<boolean> {
  const staging = await freshStagingDir(scratchDir);
  try {
    await mkdir(staging);
    for (const file of run.files) {
      const target = resolveInside(join(staging, OUTPUTS), file, 'output');
      await mkdir(dirname(target), { recursive: true });
      await copyFile(resolveInside(outputDir, file, 'output'), target);
    }
    await writeJsonAtomic(join(staging, RECORD), run);
    await cache.save(run.key, staging);
    return true;
  } catch (err) {
    logger.warning(`Saving the training run to the cache failed (${describeError(err)}); the next run trains again.`);
    return false;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
