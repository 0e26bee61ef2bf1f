import { stat } from 'node:fs/promises';
import { sha256Bytes, sha256FileInBackground, type BackgroundFileDigest } from '../fs/digest.js';
import type { FileRowCount } from './stats/dataset-profile.js';

export const MANIFEST_FORMAT = 'mlci-data-manifest';

export interface DataManifestFile {
  path: string;
  /** null when the file could not be read (validation then failed) */
  sha256: string | null;
  bytes: number | null;
  /** data rows read (header excluded); null when the file could not be read */
  rows: number | null;
}

/**
 * The dataset's identity for later steps: each file's content hash, size and rows, and one digest
 * over all of them (the data version, usable as a cache key: it changes when any byte changes).
 */
export interface DataManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  /** sha256 over "sha256  path" lines of the files, sorted by path */
  digest: string;
  rows: number;
  files: DataManifestFile[];
}

export type FileDigests = Map<string, { sha256: string; bytes: number } | null>;

/** the files' digests as they come, and a way to stop computing them when they are no longer wanted */
export interface DataFileHashing {
  digests: Promise<FileDigests>;
  /** the caller waits for the digests from now on: a hash that yielded the CPU to the scan stops yielding */
  hurry(): void;
  cancel(): void;
}

/**
 * Starts hashing the files, alongside the scan. A large file is hashed off the main thread (by the
 * system's openssl below the scan's priority until `hurry`, else on a worker thread: see
 * sha256FileInBackground), so that the hash takes the main thread's time neither from the scan nor
 * from starting the scan's worker processes; one file at a time, so that it takes at most one core
 * from the scan. `digests` never rejects: an unreadable file gets null (the rules report why); a
 * cancelled hashing gives nulls for the files it had not finished.
 */
export function startHashingDataFiles(files: string[]): DataFileHashing {
  let cancelled = false;
  let hurried = false;
  let current: BackgroundFileDigest | undefined;
  const digests = (async () => {
    const out: FileDigests = new Map();
    for (const path of files) {
      try {
        if (cancelled) throw new Error('cancelled');
        // below the scan's threads while it runs (their CPU decides its time), at full speed once awaited
        const background = sha256FileInBackground(path, { yieldCpu: !hurried });
        current = background;
        const [sha256, info] = await Promise.all([background.digest, stat(path)]);
        out.set(path, { sha256, bytes: info.size });
      } catch {
        out.set(path, null);
      }
    }
    return out;
  })();
  return {
    digests,
    hurry: () => {
      hurried = true;
      current?.hurry();
    },
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}

/** the files' digests (startHashingDataFiles, for a caller that always waits for them) */
export function hashDataFiles(files: string[]): Promise<FileDigests> {
  const hashing = startHashingDataFiles(files);
  // waited for at once: nothing to yield to
  hashing.hurry();
  return hashing.digests;
}

export function buildDataManifest(digests: FileDigests, rowCounts: FileRowCount[]): DataManifest {
  const rowsByFile = new Map<string, number>();
  for (const r of rowCounts) rowsByFile.set(r.file, (rowsByFile.get(r.file) ?? 0) + r.rows);
  const entries: DataManifestFile[] = [...digests].map(([path, d]) =>
    d ? { path, sha256: d.sha256, bytes: d.bytes, rows: rowsByFile.get(path) ?? null } : { path, sha256: null, bytes: null, rows: null },
  );
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const digest = sha256Bytes(entries.map((e) => `${e.sha256 ?? 'unreadable'}  ${e.path}\n`).join(''));
  return { format: MANIFEST_FORMAT, version: 1, digest, rows: entries.reduce((s, e) => s + (e.rows ?? 0), 0), files: entries };
}
