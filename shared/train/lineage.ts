import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from '../fs/atomic.js';
import { sha256File } from '../fs/digest.js';
import type { FileDigest, RunKeyComponents } from './run-key.js';

export const LINEAGE_FILE = 'lineage.json';

/**
 * Where a model came from: publish-model carries this as the model's provenance. Everything
 * needed to reproduce the run, or to tell that two models came from the same inputs.
 */
export interface Lineage {
  schema: 'mlci/lineage@1';
  createdAt: string;
  git?: { commit: string; source: 'GITHUB_SHA' | 'git'; dirty?: boolean; ref?: string; repository?: string };
  /** the training program: a built-in trainer's name, or the command's arguments */
  trainer: string;
  command: string[];
  params: Record<string, unknown>;
  data: FileDigest[];
  dataManifest?: string;
  code: FileDigest[];
  lockfiles: FileDigest[];
  /** how long training took; on a cache hit, the original run's duration */
  durationMs: number;
  cache: { key: string; hit: boolean };
  tools: Record<string, string>;
  outputs: (FileDigest & { bytes: number })[];
  /** the feature columns the model takes, in order (evaluate-gate feeds a model that names none by these) */
  features?: string[];
}

/** The commit being built: GITHUB_SHA on a runner, else `git rev-parse HEAD` (and whether the tree is dirty). */
export async function gitCommit(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<Lineage['git']> {
  if (env.GITHUB_SHA) {
    return { commit: env.GITHUB_SHA, source: 'GITHUB_SHA', ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}), ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}) };
  }
  const commit = await git(cwd, ['rev-parse', '--verify', 'HEAD']);
  if (!commit) return undefined;
  const status = await git(cwd, ['status', '--porcelain', '--untracked-files=no']);
  return { commit, source: 'git', dirty: status !== undefined && status !== '' };
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  // loaded here: evaluate-gate reads lineage files through this module and never runs git
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? undefined : String(stdout).trim()));
  });
}

/** digests of output files, relative to the output directory */
export async function outputDigests(outputDir: string, files: string[]): Promise<(FileDigest & { bytes: number })[]> {
  const out: (FileDigest & { bytes: number })[] = [];
  for (const path of files) {
    const full = join(outputDir, path);
    out.push({ path, sha256: await sha256File(full), bytes: (await stat(full)).size });
  }
  return out;
}

export function lineageFrom(components: RunKeyComponents, facts: Omit<Lineage, 'schema' | 'createdAt' | 'data' | 'dataManifest' | 'code' | 'lockfiles' | 'command'> & { command: string[] }): Lineage {
  return {
    schema: 'mlci/lineage@1',
    createdAt: new Date().toISOString(),
    ...facts,
    data: components.data,
    ...(components.dataManifest ? { dataManifest: components.dataManifest } : {}),
    code: components.code,
    lockfiles: components.lockfiles,
  };
}

export async function writeLineage(outputDir: string, lineage: Lineage): Promise<string> {
  const path = join(outputDir, LINEAGE_FILE);
  await writeJsonAtomic(path, lineage);
  return path;
}
