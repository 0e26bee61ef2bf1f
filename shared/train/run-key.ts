import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { sha256Bytes, sha256File } from '../fs/digest.js';
import { canonicalJson } from './canonical-json.js';
import { expandGlobs } from '../fs/glob.js';
import type { TrainingParams } from './params.js';

/** Everything a training run's result depends on, as DVC's run cache sees it. */
export interface RunKeyInputs {
  cwd: string;
  /** globs of the training code, relative to cwd */
  code: string[];
  /** a data-manifest.json from validate-data; when given it stands for the data */
  dataManifest?: string;
  /** data files, hashed by content when there is no manifest */
  data: string[];
  params: TrainingParams;
  /** the command's arguments, or the built-in trainer's name */
  command: string[];
  /** lockfiles; empty means the usual ones found in cwd */
  lockfiles: string[];
  /** folders whose files never count as code (the output directory, scratch space) */
  excludeDirs?: string[];
  /** other settings that change the result (target, declared outputs, mlci version) */
  settings: Record<string, string>;
}

export interface FileDigest {
  path: string;
  sha256: string;
}

export interface RunKeyComponents {
  code: FileDigest[];
  data: FileDigest[];
  dataManifest?: string;
  params: string;
  command: string[];
  lockfiles: FileDigest[];
  settings: Record<string, string>;
}

export interface RunKey {
  key: string;
  components: RunKeyComponents;
}

/** Lockfiles of the common Python and Node toolchains, looked for when none are named. */
export const DEFAULT_LOCKFILES = ['requirements.txt', 'requirements-lock.txt', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'conda-lock.yml', 'environment.yml', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'];

/** bumped when what goes into the key changes, so old entries are never mistaken for new ones */
const KEY_VERSION = 'v1';

/**
 * sha256 over the content of the code files, the data (manifest or file digests), the parameters,
 * the command, the lockfiles and the settings. File paths enter relative to cwd, so the same
 * checkout in another folder (another runner) gets the same key.
 */
export async function computeRunKey(inputs: RunKeyInputs): Promise<RunKey> {
  const cwd = resolve(inputs.cwd);
  const excluded = (inputs.excludeDirs ?? []).map((d) => relative(cwd, resolve(d)).split(sep).join('/')).filter((d) => d && !d.startsWith('..') && !isAbsolute(d));
  const codeFiles = (await expandGlobs(cwd, inputs.code)).filter((f) => !excluded.some((d) => f.startsWith(`${d}/`)));
  if (inputs.code.length > 0 && codeFiles.length === 0) {
    throw new UserError(`The code patterns ${inputs.code.map((c) => `"${c}"`).join(', ')} match no file.`, 'input code', 'Give globs of your training code relative to the working directory, e.g. src/**/*.py.');
  }
  const code = await digestAll(cwd, codeFiles.map((f) => resolve(cwd, f)), 'code file');
  const manifest = inputs.dataManifest ? await readDataManifest(inputs.dataManifest) : undefined;
  const dataManifest = manifest?.digest;
  const data = manifest ? manifest.files : await digestAll(cwd, inputs.data.map((f) => resolve(cwd, f)), 'data file');
  const lockfilePaths = inputs.lockfiles.length > 0 ? inputs.lockfiles.map((f) => resolve(cwd, f)) : await existing(DEFAULT_LOCKFILES.map((f) => resolve(cwd, f)));
  const lockfiles = await digestAll(cwd, lockfilePaths, 'lockfile');
  const components: RunKeyComponents = {
    code,
    data,
    ...(dataManifest ? { dataManifest } : {}),
    params: canonicalJson(inputs.params),
    command: inputs.command,
    lockfiles,
    settings: inputs.settings,
  };
  return { key: `mlci-train-${KEY_VERSION}-${sha256Bytes(canonicalJson(components))}`, components };
}

async function digestAll(cwd: string, paths: string[], what: string): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  for (const path of paths) {
    let sha256: string;
    try {
      sha256 = await sha256File(path);
    } catch {
      throw new UserError(`The ${what} ${path} cannot be read.`, path, `Check the path; it is relative to ${cwd}.`);
    }
    out.push({ path: relative(cwd, path).split(sep).join('/'), sha256 });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function existing(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) if ((await stat(path).catch(() => null))?.isFile()) out.push(path);
  return out;
}

/** keys whose values change on every run without the data changing */
const VOLATILE_KEYS = new Set(['createdAt', 'created_at', 'generatedAt', 'timestamp', 'durationMs', 'duration', 'elapsedMs']);

/**
 * A data manifest's digest and files. validate-data's own (format mlci-data-manifest) carries a
 * digest of its files, the data version; any other JSON is hashed for its meaning, not its bytes:
 * times and durations, which differ on every validation run of the same data, are left out.
 */
async function readDataManifest(path: string): Promise<{ digest: string; files: FileDigest[] }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UserError(`The data manifest ${path} is missing or not JSON.`, path, 'Pass the data-manifest.json that validate-data wrote, or leave data-manifest empty to hash the data files.');
  }
  const manifest = value as { format?: unknown; digest?: unknown; files?: unknown };
  const files = Array.isArray(manifest.files)
    ? (manifest.files as { path?: unknown; sha256?: unknown }[]).filter((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string').map((f) => ({ path: f.path as string, sha256: f.sha256 as string }))
    : [];
  const digest = manifest.format === 'mlci-data-manifest' && typeof manifest.digest === 'string' ? manifest.digest : sha256Bytes(canonicalJson(dropVolatile(value)));
  return { digest, files };
}

function dropVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropVolatile);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!VOLATILE_KEYS.has(key)) out[key] = dropVolatile(inner);
    return out;
  }
  return value;
}
