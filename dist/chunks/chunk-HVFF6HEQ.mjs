import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  resolveInside
} from "./chunk-BFI5XRZB.mjs";
import {
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/fs/output-manifest.ts
import { rmSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var OUTPUT_MANIFEST = "manifest.json";
var OUTPUT_LOCK = ".mlci-lock";
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(full));
    else if (entry.isFile() && !entry.name.endsWith(".tmp")) out.push(full);
  }
  return out;
}
var claims = /* @__PURE__ */ new Map();
var releaseOnExit = false;
var fileStamp = (info) => `${info.size}:${info.mtimeMs}`;
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
async function lockHolder(lock) {
  try {
    return Number(JSON.parse(await readFile(lock, "utf8")).pid);
  } catch {
    return NaN;
  }
}
async function claimOutputDir(dir, logger, stepClaims) {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  if (await lstat(join(root, ".git")).catch(() => void 0)) {
    throw new UserError(`The output directory ${root} holds a git repository (.git); mlci would list and upload what is in it (actions/checkout keeps its token in .git/config).`, root, "Set output-dir to a folder of its own, e.g. mlci-output/<step>, and add it to .gitignore.");
  }
  const lock = join(root, OUTPUT_LOCK);
  const mine = JSON.stringify({ pid: process.pid, startedAt: (/* @__PURE__ */ new Date()).toISOString() });
  try {
    await writeFile(lock, mine, { flag: "wx" });
  } catch (err) {
    if (err.code !== "EEXIST") throw err;
    const holder = await lockHolder(lock);
    const held = Number.isInteger(holder) && holder > 0 && processAlive(holder) && (holder !== process.pid || claims.has(root));
    if (held) {
      throw new UserError(`Another mlci run (process ${holder}) is writing to the output directory ${root}.`, root, "Give each run its own output-dir (e.g. with the matrix values in its name), or wait for the other run to finish.");
    }
    const who = Number.isInteger(holder) && holder > 0 ? `process ${holder}, which is no longer running` : "a run that left no readable process id";
    logger?.warning(`Took over the output directory ${root}: its lock (${OUTPUT_LOCK}) was left by ${who}; that run was killed or crashed, so files it wrote may be incomplete (the manifest lists only what this run writes).`);
    await writeFile(lock, mine);
  }
  const before = /* @__PURE__ */ new Map();
  for (const full of await listFiles(root)) {
    const path = relative(root, full).split(sep).join("/");
    if (path !== OUTPUT_LOCK) before.set(path, fileStamp(await stat(full)));
  }
  claims.set(root, before);
  stepClaims?.add(root);
  if (!releaseOnExit) {
    releaseOnExit = true;
    process.once("exit", () => {
      for (const claimed of claims.keys()) rmSync(join(claimed, OUTPUT_LOCK), { force: true });
    });
  }
}
async function releaseClaim(root) {
  if (!claims.delete(root)) return;
  await rm(join(root, OUTPUT_LOCK), { force: true });
}
async function releasingOutputDirs(body) {
  const mine = /* @__PURE__ */ new Set();
  try {
    return await body(mine);
  } finally {
    for (const root of mine) await releaseClaim(root);
  }
}
function markWritten(dir, path) {
  claims.get(resolve(dir))?.delete(relative(resolve(dir), resolve(dir, path)).split(sep).join("/"));
}
async function writeOutputManifest(dir, step) {
  const root = resolve(dir);
  const before = claims.get(root);
  const files = [];
  for (const full of (await listFiles(dir)).sort()) {
    const path = relative(dir, full).split(sep).join("/");
    if (path === OUTPUT_MANIFEST || path === OUTPUT_LOCK) continue;
    const info = await stat(full);
    if (before?.get(path) === fileStamp(info)) continue;
    files.push({ path, sha256: await sha256File(full), bytes: info.size });
  }
  const manifest = { schema: "mlci/manifest@1", step, createdAt: (/* @__PURE__ */ new Date()).toISOString(), files };
  await writeJsonAtomic(join(dir, OUTPUT_MANIFEST), manifest);
  if (before) await releaseClaim(root);
  return manifest;
}
async function refuseLinks(dir, root = dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      throw new UserError(`${relative(root, full)} in ${root} is a symbolic link; mlci reads only the plain files an mlci step wrote.`, full, "Upload or copy the output directory itself (actions/upload-artifact keeps plain files), without links.");
    }
    if (entry.isDirectory()) await refuseLinks(full, root);
  }
}
async function listedFiles(dir) {
  const manifest = JSON.parse(await readFile(join(dir, OUTPUT_MANIFEST), "utf8"));
  return (manifest.files ?? []).map((f) => f.path);
}
async function verifyOutputManifest(dir) {
  const manifestPath = join(dir, OUTPUT_MANIFEST);
  await refuseLinks(dir);
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch {
    throw new UserError(`No readable ${OUTPUT_MANIFEST} in ${dir}.`, manifestPath, "Pass the output-dir (or artifact) of an mlci step, which always writes one.");
  }
  for (const entry of manifest.files ?? []) {
    const full = resolveInside(dir, entry.path, "manifest entry");
    let digest;
    try {
      digest = await sha256File(full);
    } catch {
      throw new UserError(`${entry.path} is listed in the manifest but missing.`, manifestPath, "Upload or copy the whole output directory of the earlier step.");
    }
    if (digest !== entry.sha256) {
      throw new UserError(`${entry.path} does not match its sha256 in the manifest (got ${digest.slice(0, 12)}\u2026, expected ${entry.sha256.slice(0, 12)}\u2026).`, full, "The file was altered or cut short in transfer: rerun the step that produced it.");
    }
  }
  return manifest;
}

export {
  OUTPUT_MANIFEST,
  OUTPUT_LOCK,
  claimOutputDir,
  releasingOutputDirs,
  markWritten,
  writeOutputManifest,
  listedFiles,
  verifyOutputManifest
};
