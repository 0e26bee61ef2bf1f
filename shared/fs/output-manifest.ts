import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { writeJsonAtomic } from './atomic.js';
import { sha256File } from './digest.js';
import { resolveInside } from './safe-path.js';

export const OUTPUT_MANIFEST = 'manifest.json';

export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
}

/** What a step left in its output directory, so a later step or job can verify what it received. */
export interface OutputManifest {
  schema: 'mlci/manifest@1';
  step: string;
  createdAt: string;
  files: ManifestEntry[];
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) out.push(full);
  }
  return out;
}

/** Writes manifest.json listing every file in `dir` (but itself) with its sha256. */
export async function writeOutputManifest(dir: string, step: string): Promise<OutputManifest> {
  const files: ManifestEntry[] = [];
  for (const full of (await listFiles(dir)).sort()) {
    const path = relative(dir, full).split(sep).join('/');
    if (path === OUTPUT_MANIFEST) continue;
    files.push({ path, sha256: await sha256File(full), bytes: (await stat(full)).size });
  }
  const manifest: OutputManifest = { schema: 'mlci/manifest@1', step, createdAt: new Date().toISOString(), files };
  await writeJsonAtomic(join(dir, OUTPUT_MANIFEST), manifest);
  return manifest;
}

/**
 * Checks every file a manifest lists against its digest: a download that was cut short or altered
 * fails here, naming the file, instead of feeding a wrong model to the next step.
 */
export async function verifyOutputManifest(dir: string): Promise<OutputManifest> {
  const manifestPath = join(dir, OUTPUT_MANIFEST);
  let manifest: OutputManifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as OutputManifest;
  } catch {
    throw new UserError(`No readable ${OUTPUT_MANIFEST} in ${dir}.`, manifestPath, 'Pass the output-dir (or artifact) of an mlci step, which always writes one.');
  }
  for (const entry of manifest.files ?? []) {
    const full = resolveInside(dir, entry.path, 'manifest entry');
    let digest: string;
    try {
      digest = await sha256File(full);
    } catch {
      throw new UserError(`${entry.path} is listed in the manifest but missing.`, manifestPath, 'Upload or copy the whole output directory of the earlier step.');
    }
    if (digest !== entry.sha256) {
      throw new UserError(`${entry.path} does not match its sha256 in the manifest (got ${digest.slice(0, 12)}…, expected ${entry.sha256.slice(0, 12)}…).`, full, 'The file was altered or cut short in transfer: rerun the step that produced it.');
    }
  }
  return manifest;
}
