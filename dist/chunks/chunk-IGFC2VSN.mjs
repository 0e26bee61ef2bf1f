import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  consoleLogger
} from "./chunk-QFLC6WXB.mjs";
import {
  literalDefault
} from "./chunk-VV3CKB34.mjs";
import {
  verifyOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  nodeCrypto
} from "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// cli/host.ts
import { mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";

// shared/artifacts/folder-store.ts
import { stat as stat2 } from "node:fs/promises";

// shared/runtime/folder-cache.ts
import { cp, mkdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var FolderDirectoryCache = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** the entry folder of a key: readable, and unique even when two keys sanitize alike */
  entryPath(key) {
    const readable = key.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 100);
    const digest = nodeCrypto.createHash("sha256").update(key).digest("hex").slice(0, 12);
    return join(this.root, `${readable}-${digest}`);
  }
  async restore(key, dir) {
    const entry = this.entryPath(key);
    if (!await isDirectory(entry)) return false;
    await copyDirectoryAtomic(entry, dir, { replace: true });
    return true;
  }
  async save(key, dir) {
    const entry = this.entryPath(key);
    if (await isDirectory(entry)) return;
    await copyDirectoryAtomic(dir, entry, { replace: false });
  }
};
async function isDirectory(path) {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
async function copyDirectoryAtomic(source, target, options) {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${nodeCrypto.randomBytes(6).toString("hex")}.tmp`);
  try {
    await cp(source, temp, { recursive: true, verbatimSymlinks: true });
    if (await isDirectory(target)) {
      if (!options.replace) return;
      await rm(target, { recursive: true, force: true });
    }
    await rename(temp, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

// shared/artifacts/folder-store.ts
var FolderArtifactStore = class {
  constructor(root) {
    this.root = root;
    this.kind = `artifact in ${root}`;
  }
  root;
  kind;
  async upload(name, dir) {
    await verifyOutputManifest(dir);
    await copyDirectoryAtomic(dir, resolveInside(this.root, name, "artifact name"), { replace: true });
    return { name };
  }
  async download(name, dir) {
    const source = resolveInside(this.root, name, "artifact name");
    if (!(await stat2(source).catch(() => null))?.isDirectory()) {
      throw new UserError(`There is no artifact "${name}" in ${this.root}.`, `artifact:${name}`, "Run the step that uploads it first (its upload-artifact input), or set MLCI_ARTIFACT_DIR to where the artifacts are.");
    }
    await copyDirectoryAtomic(source, dir, { replace: true });
    await verifyOutputManifest(dir);
  }
};

// cli/host.ts
function userCacheDir(env) {
  return env.MLCI_CACHE_DIR || join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "mlci");
}
function createCliHost(step, values, options = {}) {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const outputs = {};
  const cacheDir = userCacheDir(process.env);
  const host = {
    input: (name) => values[name] ?? literalDefault(step.inputs[name]),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    async summary(markdown) {
      if (options.printSummary !== false) out.write(`${markdown}
`);
    },
    // Logs go to stderr so that stdout carries only the report and outputs. MLCI_DEBUG=1 shows the
    // debug lines (which thread parses, each registry request …), as RUNNER_DEBUG=1 does on a runner.
    logger: consoleLogger(err, err, options.verbose ?? (process.env.MLCI_DEBUG === "1" || process.env.RUNNER_DEBUG === "1")),
    tempDir: mkdtempSync(join2(tmpdir(), "mlci-")),
    toolCacheDir: join2(cacheDir, "tools"),
    cache: new FolderDirectoryCache(join2(cacheDir, "runs")),
    env: process.env,
    onRunner: false,
    // a folder stands in for GitHub's artifacts, so upload-artifact and artifact: inputs work here too
    artifacts: new FolderArtifactStore(process.env.MLCI_ARTIFACT_DIR || resolve("mlci-artifacts"))
  };
  return { host, outputs };
}

export {
  createCliHost
};
