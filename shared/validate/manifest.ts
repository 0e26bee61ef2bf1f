import { stat } from 'node:fs/promises';
import { sha256Bytes, sha256FileInBackground } from '../fs/digest.js';
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

/**
 * Hashes the files; started alongside the scan. A large file is hashed on a worker thread (see
 * sha256FileInBackground), so that the hash takes the main thread's time neither from the scan nor
 * from starting the scan's worker processes; one file at a time, so that it takes at most one core
 * from the scan. Never rejects: an unreadable file gets null (the rules report why).
 */
export async function hashDataFiles(files: string[]): Promise<FileDigests> {
  const digests: FileDigests = new Map();
  for (const path of files) {
    try {
      const [sha256, info] = await Promise.all([sha256FileInBackground(path).digest, stat(path)]);
      digests.set(path, { sha256, bytes: info.size });
    } catch {
      digests.set(path, null);
    }
  }
  return digests;
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
