import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  globToRegExp,
  splitPatterns
} from "./chunk-I3CLNAZB.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/resolve-files.ts
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var WILDCARD = /[*?[{]/;
async function resolveDataFiles(patterns, cwd = process.cwd()) {
  if (patterns.length === 0) throw new UserError("No data files were given.", "input data", "Set data to a file, a list of files, or a glob such as data/*.csv.");
  const out = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = WILDCARD.test(pattern) ? await expandGlob(pattern, cwd) : [pattern];
    if (matches.length === 0) {
      throw new UserError(`The pattern "${pattern}" matches no files.`, "input data", `Check the pattern against the files in ${cwd}; patterns are relative to the working directory.`);
    }
    for (const m of matches) out.add(m);
  }
  return [...out];
}
var splitPatternList = splitPatterns;
async function expandGlob(pattern, cwd) {
  const parts = pattern.split("/");
  const fixed = [];
  while (parts.length > 1 && !WILDCARD.test(parts[0])) fixed.push(parts.shift());
  const base = fixed.join("/") || ".";
  const matcher = globToRegExp(parts.join("/"));
  const deep = parts.some((p) => p === "**") || parts.length > 1;
  const found = [];
  await walk(join(cwd, base), deep, async (abs) => {
    const rel = relative(join(cwd, base), abs).split(sep).join("/");
    if (matcher.test(rel)) found.push(base === "." ? rel : `${base}/${rel}`);
  });
  return found.sort();
}
async function walk(dir, deep, visit) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (deep && e.name !== "node_modules" && !e.name.startsWith(".")) await walk(abs, deep, visit);
    } else if (e.isFile() || e.isSymbolicLink() && (await stat(abs)).isFile()) await visit(abs);
  }
}

export {
  resolveDataFiles,
  splitPatternList
};
