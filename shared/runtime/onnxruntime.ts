/**
 * How mlci gets onnxruntime-node. The actions run a committed bundle with no `npm install` on the
 * user's runner, and the native binding (46 MB for linux-x64, 288 MB for all platforms) is never
 * committed. So, in order:
 *   1. normal module resolution: a dev checkout, the CLI installed with npm, the tests;
 *   2. a previous install in the runner's tool cache;
 *   3. the DirectoryCache (@actions/cache on a runner), filled by an earlier run;
 *   4. `npm install` of the pinned version into the tool cache, pruned to this platform's binary,
 *      then saved to the DirectoryCache for the next run.
 */
import { nodeCrypto } from '../fs/node-crypto.js';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UserError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { DirectoryCache } from '../steps/types.js';
import type { OrtModule } from './ort-module.js';

export type { OrtModule } from './ort-module.js';

/** The onnxruntime-node version mlci installs; a test holds it equal to package.json's dependency. */
export const ONNXRUNTIME_NODE_VERSION = '1.30.0';

const PACKAGE = 'onnxruntime-node';
/** written last into an install folder: without it the folder is an interrupted install */
const COMPLETE_MARKER = '.mlci-complete';

export interface LoadOnnxRuntimeOptions {
  toolCacheDir: string;
  cache: DirectoryCache;
  logger: Logger;
  /** may run npm to install it (on a runner); otherwise a missing module is a UserError */
  allowInstall: boolean;
  /**
   * where normal resolution starts (a file path or URL); false skips it. Default: this module,
   * which in the bundled actions sits outside any node_modules.
   */
  resolveFrom?: string | false;
  /** passes --prefer-offline to npm, so an install can come from npm's local cache */
  preferOffline?: boolean;
}

export async function loadOnnxRuntime(options: LoadOnnxRuntimeOptions): Promise<OrtModule> {
  const { logger } = options;
  withoutTelemetry(process.env);
  const resolveFrom = options.resolveFrom ?? import.meta.url;
  if (resolveFrom !== false) {
    const found = tryRequire(createRequire(resolveFrom));
    if (found) {
      logger.debug(`Using ${PACKAGE} from normal module resolution.`);
      return found;
    }
  }

  const dir = onnxRuntimeInstallDir(options.toolCacheDir);
  if (await isCompleteInstall(dir)) {
    logger.debug(`Using ${PACKAGE} from the tool cache: ${dir}`);
    return requireFrom(dir);
  }

  const key = onnxRuntimeCacheKey();
  const restored = await options.cache.restore(key, dir).catch((err: unknown) => {
    logger.warning(`Restoring ${PACKAGE} from the cache failed (${describeError(err)}); installing it instead.`);
    return false;
  });
  if (restored && (await isCompleteInstall(dir))) {
    logger.info(`Restored ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION} from the cache.`);
    return requireFrom(dir);
  }

  if (!options.allowInstall) {
    throw new UserError(
      `${PACKAGE} is not installed, and mlci installs it only on a CI runner.`,
      `looked in node_modules and in ${dir}`,
      `Install it next to mlci: npm install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} (or npm install -g ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} for a global mlci).`,
    );
  }
  await logger.group(`Installing ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION}`, () => installOnnxRuntime(dir, options));
  await options.cache.save(key, dir).catch((err: unknown) => logger.warning(`Saving ${PACKAGE} to the cache failed (${describeError(err)}); the next run installs it again.`));
  return requireFrom(dir);
}

/** `<toolCacheDir>/mlci-onnxruntime-node/<version>/<platform>-<arch>`: an npm prefix */
export function onnxRuntimeInstallDir(toolCacheDir: string): string {
  return join(toolCacheDir, 'mlci-onnxruntime-node', ONNXRUNTIME_NODE_VERSION, `${process.platform}-${process.arch}`);
}

export function onnxRuntimeCacheKey(): string {
  return `mlci-onnxruntime-node-${ONNXRUNTIME_NODE_VERSION}-${process.platform}-${process.arch}`;
}

function tryRequire(require: NodeJS.Require): OrtModule | undefined {
  try {
    require.resolve(PACKAGE);
  } catch {
    return undefined;
  }
  return require(PACKAGE) as OrtModule;
}

function requireFrom(dir: string): OrtModule {
  try {
    return createRequire(join(dir, 'package.json'))(PACKAGE) as OrtModule;
  } catch (err) {
    throw new UserError(
      `${PACKAGE} in ${dir} could not be loaded: ${describeError(err)}`,
      dir,
      `Delete ${dir} (and the "${onnxRuntimeCacheKey()}" cache entry) so that mlci installs it afresh.`,
    );
  }
}

async function isCompleteInstall(dir: string): Promise<boolean> {
  return access(join(dir, COMPLETE_MARKER)).then(
    () => true,
    () => false,
  );
}

/**
 * Installs into a temporary sibling and renames it into place, so a crash mid-install never
 * leaves a folder that looks usable.
 */
async function installOnnxRuntime(dir: string, options: LoadOnnxRuntimeOptions): Promise<void> {
  const temp = `${dir}.${nodeCrypto.randomBytes(6).toString('hex')}.tmp`;
  await mkdir(temp, { recursive: true });
  try {
    // Every argument is a constant: the folder is given as the working directory, never as an
    // argument, because on Windows npm.cmd runs through a shell.
    await runNpm(
      ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', '.', ...(options.preferOffline ? ['--prefer-offline'] : []), `${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}`],
      temp,
      dir,
    );
    const pruned = await pruneOtherPlatforms(join(temp, 'node_modules', PACKAGE));
    options.logger.debug(`Removed ${pruned.length} binaries of other platforms: ${pruned.join(', ')}`);
    await writeFile(join(temp, COMPLETE_MARKER), `${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} ${process.platform}-${process.arch}\n`);
    // Another job on this machine may have finished the same install meanwhile: keep theirs.
    if (await isCompleteInstall(dir)) return;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    await rename(temp, dir);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function runNpm(args: string[], cwd: string, target: string): Promise<void> {
  // loaded only to install: node:child_process costs a few ms at every evaluation's start
  const { execFile } = await import('node:child_process');
  const windows = process.platform === 'win32';
  return new Promise((resolve, reject) => {
    execFile(
      windows ? 'npm.cmd' : 'npm',
      args,
      {
        cwd,
        shell: windows,
        env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 10 * 60 * 1000,
      },
      (err, _stdout, stderr) => {
        if (!err) return resolve();
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        reject(
          missing
            ? new UserError(
                `npm was not found, and mlci needs it once to install ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION}.`,
                `installing into ${target}`,
                'Add actions/setup-node before this step (or put npm on PATH on a self-hosted runner).',
              )
            : new UserError(
                `npm could not install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}: ${lastLines(String(stderr) || describeError(err))}`,
                `installing into ${target}`,
                'Check that the runner can reach the npm registry (or its configured mirror), then re-run the job.',
              ),
        );
      },
    );
  });
}

function lastLines(text: string, count = 8): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

/**
 * onnxruntime-node ships binaries for every platform under bin/napi-v<N>/<platform>/<arch>;
 * only this one's is needed, and the rest are 240 MB the cache would otherwise carry.
 * Returns the removed `<platform>/<arch>` folders.
 */
export async function pruneOtherPlatforms(packageDir: string): Promise<string[]> {
  const removed: string[] = [];
  const bin = join(packageDir, 'bin');
  const napiDirs = (await readdir(bin, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && e.name.startsWith('napi-v'));
  for (const napi of napiDirs) {
    const napiDir = join(bin, napi.name);
    for (const platform of await readdir(napiDir, { withFileTypes: true })) {
      if (!platform.isDirectory()) continue;
      const platformDir = join(napiDir, platform.name);
      for (const arch of await readdir(platformDir, { withFileTypes: true })) {
        if (!arch.isDirectory() || (platform.name === process.platform && arch.name === process.arch)) continue;
        await rm(join(platformDir, arch.name), { recursive: true, force: true });
        removed.push(`${platform.name}/${arch.name}`);
      }
      if (platform.name !== process.platform) await rm(platformDir, { recursive: true, force: true });
    }
  }
  return removed;
}

/**
 * onnxruntime-node 1.30 starts Microsoft's telemetry with its first session unless told not to: a
 * thread of its own, a device id and an SQLite file under ~/.cache/Microsoft/DeveloperTools written
 * and fsync'd on every run, a debug file in the temp dir per process, and uploads over HTTPS. A CI
 * step on someone's runner or laptop sends nothing its user did not ask for, so it is off unless
 * ORT_DISABLE_TELEMETRY is set already (to 0, for those who want it). Set before the first session,
 * which is when the library reads it; threads and processes started later inherit it.
 */
export function withoutTelemetry(env: NodeJS.ProcessEnv): void {
  env.ORT_DISABLE_TELEMETRY ??= '1';
}
