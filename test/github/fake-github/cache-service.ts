import type { FakeBlobStore } from './blob-store.js';
import { serveTwirp, type RuntimeIdentity } from './twirp.js';

/**
 * The Actions cache service (v2, Twirp JSON) as @actions/cache uses it: reserve an entry and get
 * a signed upload URL, finalize it, and look entries up by key (exact, then restore-key prefixes,
 * newest first) within the same version (the hash of paths and compression).
 */

interface CacheEntry {
  key: string;
  version: string;
  slotId: string;
  finalized: boolean;
  createdAt: number;
}

export function cacheService(blobs: FakeBlobStore, identity: RuntimeIdentity, violations: string[]) {
  const entries: CacheEntry[] = [];
  let clock = 0;
  const ready = (version: string) => entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.createdAt - a.createdAt);
  const service = serveTwirp(
    'github.actions.results.api.v1.CacheService',
    {
      CreateCacheEntry(body) {
        if (!body.key || !body.version) violations.push(`CreateCacheEntry: key and version are required, got ${JSON.stringify(body)}`);
        if (entries.some((e) => e.key === body.key && e.version === body.version)) {
          return { body: { ok: false, message: 'cache entry already exists' } };
        }
        const slot = blobs.createSlot('cache');
        entries.push({ key: body.key, version: body.version, slotId: slot.id, finalized: false, createdAt: clock++ });
        return { body: { ok: true, signed_upload_url: slot.url } };
      },
      FinalizeCacheEntryUpload(body) {
        const entry = entries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
        const bytes = entry ? blobs.committed(entry.slotId) : undefined;
        if (!entry || !bytes) {
          violations.push(`FinalizeCacheEntryUpload: nothing uploaded for ${body.key}`);
          return { body: { ok: false, message: 'no upload' } };
        }
        if (Number(body.size_bytes) !== bytes.length) violations.push(`FinalizeCacheEntryUpload: size ${body.size_bytes} but ${bytes.length} bytes were uploaded`);
        entry.finalized = true;
        return { body: { ok: true, entry_id: String(entries.indexOf(entry) + 1) } };
      },
      GetCacheEntryDownloadURL(body) {
        const candidates = ready(body.version);
        const match = candidates.find((e) => e.key === body.key) ?? (body.restore_keys ?? []).map((prefix: string) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean);
        if (!match) return { body: { ok: false } };
        return { body: { ok: true, signed_download_url: blobs.urlOf(match.slotId), matched_key: match.key } };
      },
    },
    identity,
    violations,
  );
  return { ...service, entries };
}
