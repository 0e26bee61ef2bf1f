import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  nodeCrypto
} from "./chunk-WVQARYMP.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";

// shared/runtime/onnxruntime.ts
import { access, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var ONNXRUNTIME_NODE_VERSION = "1.30.0";
var PACKAGE = "onnxruntime-node";
var COMPLETE_MARKER = ".mlci-complete";
async function loadOnnxRuntime(options) {
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
  const restored = await options.cache.restore(key, dir).catch((err) => {
    logger.warning(`Restoring ${PACKAGE} from the cache failed (${describeError(err)}); installing it instead.`);
    return false;
  });
  if (restored && await isCompleteInstall(dir)) {
    logger.info(`Restored ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION} from the cache.`);
    return requireFrom(dir);
  }
  if (!options.allowInstall) {
    throw new UserError(
      `${PACKAGE} is not installed, and mlci installs it only on a CI runner.`,
      `looked in node_modules and in ${dir}`,
      `Install it next to mlci: npm install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} (or npm install -g ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} for a global mlci).`
    );
  }
  await logger.group(`Installing ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION}`, () => installOnnxRuntime(dir, options));
  await options.cache.save(key, dir).catch((err) => logger.warning(`Saving ${PACKAGE} to the cache failed (${describeError(err)}); the next run installs it again.`));
  return requireFrom(dir);
}
function onnxRuntimeInstallDir(toolCacheDir) {
  return join(toolCacheDir, "mlci-onnxruntime-node", ONNXRUNTIME_NODE_VERSION, `${process.platform}-${process.arch}`);
}
function onnxRuntimeCacheKey() {
  return `mlci-onnxruntime-node-${ONNXRUNTIME_NODE_VERSION}-${process.platform}-${process.arch}`;
}
function tryRequire(require2) {
  try {
    require2.resolve(PACKAGE);
  } catch {
    return void 0;
  }
  return require2(PACKAGE);
}
function requireFrom(dir) {
  try {
    return createRequire(join(dir, "package.json"))(PACKAGE);
  } catch (err) {
    throw new UserError(
      `${PACKAGE} in ${dir} could not be loaded: ${describeError(err)}`,
      dir,
      `Delete ${dir} (and the "${onnxRuntimeCacheKey()}" cache entry) so that mlci installs it afresh.`
    );
  }
}
async function isCompleteInstall(dir) {
  return access(join(dir, COMPLETE_MARKER)).then(
    () => true,
    () => false
  );
}
async function installOnnxRuntime(dir, options) {
  const temp = `${dir}.${nodeCrypto.randomBytes(6).toString("hex")}.tmp`;
  await mkdir(temp, { recursive: true });
  try {
    await runNpm(
      ["install", "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", ".", ...options.preferOffline ? ["--prefer-offline"] : [], `${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}`],
      temp,
      dir
    );
    const pruned = await pruneOtherPlatforms(join(temp, "node_modules", PACKAGE));
    options.logger.debug(`Removed ${pruned.length} binaries of other platforms: ${pruned.join(", ")}`);
    await writeFile(join(temp, COMPLETE_MARKER), `${PACKAGE}@${ONNXRUNTIME_NODE_VERSION} ${process.platform}-${process.arch}
`);
    if (await isCompleteInstall(dir)) return;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    await rename(temp, dir);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
async function runNpm(args, cwd, target) {
  const { execFile } = await import("node:child_process");
  const windows = process.platform === "win32";
  return new Promise((resolve, reject) => {
    execFile(
      windows ? "npm.cmd" : "npm",
      args,
      {
        cwd,
        shell: windows,
        env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: "skip" },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 10 * 60 * 1e3
      },
      (err, _stdout, stderr) => {
        if (!err) return resolve();
        const missing = err.code === "ENOENT";
        reject(
          missing ? new UserError(
            `npm was not found, and mlci needs it once to install ${PACKAGE} ${ONNXRUNTIME_NODE_VERSION}.`,
            `installing into ${target}`,
            "Add actions/setup-node before this step (or put npm on PATH on a self-hosted runner)."
          ) : new UserError(
            `npm could not install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}: ${lastLines(String(stderr) || describeError(err))}`,
            `installing into ${target}`,
            "Check that the runner can reach the npm registry (or its configured mirror), then re-run the job."
          )
        );
      }
    );
  });
}
function lastLines(text, count = 8) {
  return text.trim().split("\n").slice(-count).join("\n");
}
async function pruneOtherPlatforms(packageDir) {
  const removed = [];
  const bin = join(packageDir, "bin");
  const napiDirs = (await readdir(bin, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && e.name.startsWith("napi-v"));
  for (const napi of napiDirs) {
    const napiDir = join(bin, napi.name);
    for (const platform of await readdir(napiDir, { withFileTypes: true })) {
      if (!platform.isDirectory()) continue;
      const platformDir = join(napiDir, platform.name);
      for (const arch of await readdir(platformDir, { withFileTypes: true })) {
        if (!arch.isDirectory() || platform.name === process.platform && arch.name === process.arch) continue;
        await rm(join(platformDir, arch.name), { recursive: true, force: true });
        removed.push(`${platform.name}/${arch.name}`);
      }
      if (platform.name !== process.platform) await rm(platformDir, { recursive: true, force: true });
    }
  }
  return removed;
}
function withoutTelemetry(env) {
  env.ORT_DISABLE_TELEMETRY ??= "1";
}

export {
  ONNXRUNTIME_NODE_VERSION,
  loadOnnxRuntime,
  onnxRuntimeInstallDir,
  onnxRuntimeCacheKey,
  pruneOtherPlatforms,
  withoutTelemetry
};
