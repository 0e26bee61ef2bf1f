import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  sha256File
} from "./chunk-42RCFE6G.mjs";
import {
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";

// shared/train/lineage.ts
import { stat } from "node:fs/promises";
import { join } from "node:path";
var LINEAGE_FILE = "lineage.json";
async function gitCommit(cwd, env) {
  if (env.GITHUB_SHA) {
    return { commit: env.GITHUB_SHA, source: "GITHUB_SHA", ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}, ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {} };
  }
  const commit = await git(cwd, ["rev-parse", "--verify", "HEAD"]);
  if (!commit) return void 0;
  const status = await git(cwd, ["status", "--porcelain", "--untracked-files=no"]);
  return { commit, source: "git", dirty: status !== void 0 && status !== "" };
}
async function git(cwd, args) {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile("git", args, { cwd, timeout: 1e4, windowsHide: true }, (err, stdout) => resolve(err ? void 0 : String(stdout).trim()));
  });
}
async function outputDigests(outputDir, files) {
  const out = [];
  for (const path of files) {
    const full = join(outputDir, path);
    out.push({ path, sha256: await sha256File(full), bytes: (await stat(full)).size });
  }
  return out;
}
function lineageFrom(components, facts) {
  return {
    schema: "mlci/lineage@1",
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...facts,
    data: components.data,
    ...components.dataManifest ? { dataManifest: components.dataManifest } : {},
    code: components.code,
    lockfiles: components.lockfiles
  };
}
async function writeLineage(outputDir, lineage) {
  const path = join(outputDir, LINEAGE_FILE);
  await writeJsonAtomic(path, lineage);
  return path;
}

export {
  LINEAGE_FILE,
  gitCommit,
  outputDigests,
  lineageFrom,
  writeLineage
};
