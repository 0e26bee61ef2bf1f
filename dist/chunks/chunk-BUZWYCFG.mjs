import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  nodeCrypto
} from "./chunk-WVQARYMP.mjs";

// shared/fs/digest-cache.ts
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
function digestCacheDir(env) {
  if (env.MLCI_CACHE_DIR) return join(env.MLCI_CACHE_DIR, "digests");
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "mlci", "digests");
  return env.HOME ? join(env.HOME, ".cache", "mlci", "digests") : void 0;
}
async function statKey(path) {
  const s = await stat(path, { bigint: true });
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(":");
}
var FileDigestCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  entry(path) {
    return join(this.dir, `${nodeCrypto.createHash("sha256").update(resolve(path)).digest("hex")}.json`);
  }
  /** the file's current key, and its digest (`sha256:…`) when one was stored under that key */
  async lookup(path) {
    const key = await statKey(path);
    const stored = await readFile(this.entry(path), "utf8").then((t) => JSON.parse(t), () => void 0);
    return stored?.key === key && typeof stored.digest === "string" && /^sha256:[a-f0-9]{64}$/.test(stored.digest) ? { key, digest: stored.digest } : { key };
  }
  /** stores `digest`, read while the file had `key`, if it still has it; a cache that fails is only slower */
  async remember(path, key, digest) {
    if (await statKey(path).catch(() => void 0) !== key) return;
    await writeJsonAtomic(this.entry(path), { key, digest }).catch(() => {
    });
  }
};
function digestCacheFor(env) {
  const dir = digestCacheDir(env);
  return dir ? new FileDigestCache(dir) : void 0;
}
async function cachedSha256File(path, cache) {
  const found = await cache?.lookup(path);
  if (found?.digest) return found.digest;
  const digest = `sha256:${await sha256File(path)}`;
  if (found) await cache.remember(path, found.key, digest);
  return digest;
}

export {
  digestCacheFor,
  cachedSha256File
};
