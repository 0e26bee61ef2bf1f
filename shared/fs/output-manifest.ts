import { rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { writeJsonAtomic } from './atomic.js';
import { sha256File } from './digest.js';
import { resolveInside } from './safe-path.js';

export const OUTPUT_MANIFEST = 'manifest.json';
/** held while a step writes its output directory; removed with the manifest's writing */
export const OUTPUT_LOCK = '.mlci-lock';

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

/** per claimed directory: the files that were there before the step (path → size and mtime) */
const claims = new Map<string, Map<string, string>>();
let releaseOnExit = false;

const fileStamp = (info: { size: number; mtimeMs: number }) => `${info.size}:${info.mtimeMs}`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file names; NaN when it is unreadable (cut short by a crash, say). */
async function lockHolder(lock: string): Promise<number> {
  try {
    return Number((JSON.parse(await readFile(lock, 'utf8')) as { pid?: unknown }).pid);
  } catch {
    return NaN;
  }
}

/**
 * Takes `dir` for one step's run: refuses a git repository, and a directory another run is
 * writing (two evaluate-gate runs into one folder would leave one's model beside the other's
 * verdict, under a manifest that verifies); notes the files already there, which the manifest
 * will leave out. The lock goes with writeOutputManifest, when the step ends (with `stepClaims`,
 * the set releasingOutputDirs gave the step), or when the process exits. A lock whose process is
 * gone (killed) is taken over, saying so.
 */
export async function claimOutputDir(dir: string, logger?: Logger, stepClaims?: Set<string>): Promise<void> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  if (await lstat(join(root, '.git')).catch(() => undefined)) {
    throw new UserError(`The output directory ${root} holds a git repository (.git); mlci would list and upload what is in it (actions/checkout keeps its token in .git/config).`, root, 'Set output-dir to a folder of its own, e.g. mlci-output/<step>, and add it to .gitignore.');
  }
  const lock = join(root, OUTPUT_LOCK);
  const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  try {
    await writeFile(lock, mine, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = await lockHolder(lock);
    // a lock of this process that it no longer claims, or of a process that is gone, is stale
    const held = Number.isInteger(holder) && holder > 0 && processAlive(holder) && (holder !== process.pid || claims.has(root));
    if (held) {
      throw new UserError(`Another mlci run (process ${holder}) is writing to the output directory ${root}.`, root, 'Give each run its own output-dir (e.g. with the matrix values in its name), or wait for the other run to finish.');
    }
    const who = Number.isInteger(holder) && holder > 0 ? `process ${holder}, which is no longer running` : 'a run that left no readable process id';
    logger?.warning(`Took over the output directory ${root}: its lock (${OUTPUT_LOCK}) was left by ${who}; that run was killed or crashed, so files it wrote may be incomplete (the manifest lists only what this run writes).`);
    await writeFile(lock, mine);
  }
  const before = new Map<string, string>();
  for (const full of await listFiles(root)) {
    const path = relative(root, full).split(sep).join('/');
    if (path !== OUTPUT_LOCK) before.set(path, fileStamp(await stat(full)));
  }
  claims.set(root, before);
  stepClaims?.add(root);
  if (!releaseOnExit) {
    releaseOnExit = true;
    process.once('exit', () => {
      for (const claimed of claims.keys()) rmSync(join(claimed, OUTPUT_LOCK), { force: true });
    });
  }
}

/** Drops the claim on `root` and its lock file, if this process still holds it. */
async function releaseClaim(root: string): Promise<void> {
  if (!claims.delete(root)) return;
  await rm(join(root, OUTPUT_LOCK), { force: true });
}

/**
 * Runs one step and releases every output directory it claimed when it ends, passed or failed:
 * a failed step must not keep its folder locked until the process exits (the CLI's demo, a
 * long-lived runner process or a test runs several steps in one process). The step claims into
 * the set it is given, so claims made by other steps running at the same time stay. (A set passed
 * along rather than an AsyncLocalStorage: that turns on promise hooks for every promise after it,
 * a cost on every step's start.)
 */
export async function releasingOutputDirs<T>(body: (stepClaims: Set<string>) => Promise<T>): Promise<T> {
  const mine = new Set<string>();
  try {
    return await body(mine);
  } finally {
    for (const root of mine) await releaseClaim(root);
  }
}

/** Counts a file that was already in the claimed `dir` as the step's own result (one it kept rather than rewrote). */
export function markWritten(dir: string, path: string): void {
  claims.get(resolve(dir))?.delete(relative(resolve(dir), resolve(dir, path)).split(sep).join('/'));
}

/**
 * Writes manifest.json listing what the step wrote into `dir` with its sha256: every file but
 * itself and, when the directory was claimed, those that were there before and did not change
 * (a .env or an earlier tool's files are not the step's results). Releases the claim.
 */
export async function writeOutputManifest(dir: string, step: string): Promise<OutputManifest> {
  const root = resolve(dir);
  const before = claims.get(root);
  const files: ManifestEntry[] = [];
  for (const full of (await listFiles(dir)).sort()) {
    const path = relative(dir, full).split(sep).join('/');
    if (path === OUTPUT_MANIFEST || path === OUTPUT_LOCK) continue;
    const info = await stat(full);
    if (before?.get(path) === fileStamp(info)) continue;
    files.push({ path, sha256: await sha256File(full), bytes: info.size });
  }
  const manifest: OutputManifest = { schema: 'mlci/manifest@1', step, createdAt: new Date().toISOString(), files };
  await writeJsonAtomic(join(dir, OUTPUT_MANIFEST), manifest);
  if (before) await releaseClaim(root);
  return manifest;
}

/** Refuses symbolic links anywhere in `dir`: a link in an artifact could point at any file of the runner. */
async function refuseLinks(dir: string, root = dir): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      throw new UserError(`${relative(root, full)} in ${root} is a symbolic link; mlci reads only the plain files an mlci step wrote.`, full, 'Upload or copy the output directory itself (actions/upload-artifact keeps plain files), without links.');
    }
    if (entry.isDirectory()) await refuseLinks(full, root);
  }
}

/** The manifest's file list, read without checking digests (verifyOutputManifest does that). */
export async function listedFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, OUTPUT_MANIFEST), 'utf8')) as OutputManifest;
  return (manifest.files ?? []).map((f) => f.path);
}

/**
 * Checks every file a manifest lists against its digest: a download that was cut short or altered
 * fails here, naming the file, instead of feeding a wrong model to the next step.
 */
export async function verifyOutputManifest(dir: string): Promise<OutputManifest> {
  const manifestPath = join(dir, OUTPUT_MANIFEST);
  await refuseLinks(dir);
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
