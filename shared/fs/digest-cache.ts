// The sha256 of a large file remembered under its stat identity, so republishing (or re-checking a
// blessing on) an unchanged 1 GiB model does not read it again. The key is (dev, ino, size, mtime ns,
// ctime ns): any write to the file, a replacement by rename, or a touch back to the old mtime changes
// it (ctime cannot be set by a user), and a digest is stored only when the file's key was the same
// before and after the read that produced it. Readers of the cache still verify what they upload:
// a registry checks every blob's digest, and an upload hashes the bytes it sends.
import { nodeCrypto } from './node-crypto.js';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeJsonAtomic } from './atomic.js';
import { sha256File } from './digest.js';

/** `MLCI_CACHE_DIR`, else the XDG cache folder; undefined (no cache) when neither can be found */
export function digestCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.MLCI_CACHE_DIR) return join(env.MLCI_CACHE_DIR, 'digests');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'mlci', 'digests');
  return env.HOME ? join(env.HOME, '.cache', 'mlci', 'digests') : undefined;
}

export async function statKey(path: string): Promise<string> {
  const s = await stat(path, { bigint: true });
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':');
}

export class FileDigestCache {
  constructor(private readonly dir: string) {}

  private entry(path: string): string {
    return join(this.dir, `${nodeCrypto.createHash('sha256').update(resolve(path)).digest('hex')}.json`);
  }

  /** the file's current key, and its digest (`sha256:…`) when one was stored under that key */
  async lookup(path: string): Promise<{ key: string; digest?: string }> {
    const key = await statKey(path);
    const stored = await readFile(this.entry(path), 'utf8').then((t) => JSON.parse(t) as { key?: string; digest?: string }, () => undefined);
    return stored?.key === key && typeof stored.digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(stored.digest) ? { key, digest: stored.digest } : { key };
  }

  /** stores `digest`, read while the file had `key`, if it still has it; a cache that fails is only slower */
  async remember(path: string, key: string, digest: string): Promise<void> {
    if ((await statKey(path).catch(() => undefined)) !== key) return;
    await writeJsonAtomic(this.entry(path), { key, digest }).catch(() => {});
  }
}

/** the cache in the folder the environment names, or none */
export function digestCacheFor(env: Readonly<Record<string, string | undefined>>): FileDigestCache | undefined {
  const dir = digestCacheDir(env);
  return dir ? new FileDigestCache(dir) : undefined;
}

/** sha256File through the cache when there is one: `sha256:…` */
export async function cachedSha256File(path: string, cache: FileDigestCache | undefined): Promise<string> {
  const found = await cache?.lookup(path);
  if (found?.digest) return found.digest;
  const digest = `sha256:${await sha256File(path)}`;
  if (found) await cache!.remember(path, found.key, digest);
  return digest;
}
