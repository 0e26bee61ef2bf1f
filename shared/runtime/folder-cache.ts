/**
 * A DirectoryCache over a local folder: the CLI's stand-in for @actions/cache. Entries are
 * immutable once saved, like @actions/cache's, and every copy goes through a temporary sibling
 * and a rename, so a reader never sees half a directory and a crash leaves only a temp folder.
 */
import { nodeCrypto } from '../fs/node-crypto.js';
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DirectoryCache } from '../steps/types.js';

export class FolderDirectoryCache implements DirectoryCache {
  constructor(readonly root: string) {}

  /** the entry folder of a key: readable, and unique even when two keys sanitize alike */
  entryPath(key: string): string {
    const readable = key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
    const digest = nodeCrypto.createHash('sha256').update(key).digest('hex').slice(0, 12);
    return join(this.root, `${readable}-${digest}`);
  }

  async restore(key: string, dir: string): Promise<boolean> {
    const entry = this.entryPath(key);
    if (!(await isDirectory(entry))) return false;
    await copyDirectoryAtomic(entry, dir, { replace: true });
    return true;
  }

  async save(key: string, dir: string): Promise<void> {
    const entry = this.entryPath(key);
    if (await isDirectory(entry)) return;
    await copyDirectoryAtomic(dir, entry, { replace: false });
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Copies `source` to `target` through a temporary sibling of `target`. With `replace`, an existing
 * `target` is removed first; without, an existing one (another process won the race) is kept.
 */
export async function copyDirectoryAtomic(source: string, target: string, options: { replace: boolean }): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${nodeCrypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    await cp(source, temp, { recursive: true, verbatimSymlinks: true });
    if (await isDirectory(target)) {
      if (!options.replace) return;
      await rm(target, { recursive: true, force: true });
    }
    await rename(temp, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
