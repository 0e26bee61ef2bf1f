import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  sha256File
} from "./chunk-TKCRH3Q3.mjs";
import {
  writeJsonAtomic
} from "./chunk-LMEGT7DZ.mjs";
import {
  resolveInside
} from "./chunk-K2VXTGZW.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";

// shared/fs/output-manifest.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var OUTPUT_MANIFEST = "manifest.json";
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(full));
    else if (entry.isFile() && !entry.name.endsWith(".tmp")) out.push(full);
  }
  return out;
}
async function writeOutputManifest(dir, step) {
  const files = [];
  for (const full of (await listFiles(dir)).sort()) {
    const path = relative(dir, full).split(sep).join("/");
    if (path === OUTPUT_MANIFEST) continue;
    files.push({ path, sha256: await sha256File(full), bytes: (await stat(full)).size });
  }
  const manifest = { schema: "mlci/manifest@1", step, createdAt: (/* @__PURE__ */ new Date()).toISOString(), files };
  await writeJsonAtomic(join(dir, OUTPUT_MANIFEST), manifest);
  return manifest;
}
async function verifyOutputManifest(dir) {
  const manifestPath = join(dir, OUTPUT_MANIFEST);
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
  writeOutputManifest,
  verifyOutputManifest
};
