import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/fs/glob.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
async function expandGlobs(root, patterns) {
  const found = /* @__PURE__ */ new Set();
  let files;
  for (const raw of patterns) {
    const pattern = raw.trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (!pattern) continue;
    if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern) || pattern.split("/").includes("..")) {
      throw new UserError(`The pattern "${raw}" points outside the working directory.`, raw, 'Use a path relative to the working directory, without "..".');
    }
    files ??= await listFiles(root);
    const matcher = globToRegExp(pattern);
    for (const file of files) if (matcher.test(file)) found.add(file);
  }
  return [...found].sort();
}
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function listFiles(root, prefix = "") {
  const out = [];
  const entries = await readdir(join(root, prefix), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) out.push(...await listFiles(root, rel));
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
  return out;
}
function globToRegExp(pattern) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        source += "(?:[^/]+/)*";
        i += 2;
      } else {
        source += ".*";
        i += 1;
      }
    } else if (ch === "*") {
      source += "[^/]*";
    } else if (ch === "?") {
      source += "[^/]";
    } else if (ch === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) {
        source += "\\{";
        continue;
      }
      source += `(?:${pattern.slice(i + 1, end).split(",").map(escapeRegExp).join("|")})`;
      i = end;
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function hasGlobMagic(pattern) {
  return /[*?{]/.test(pattern);
}
function splitPatterns(raw) {
  const out = [];
  for (const line of raw.split(/\r?\n/)) {
    let depth = 0;
    let current = "";
    for (const ch of line) {
      if (ch === "{") depth++;
      if (ch === "}") depth = Math.max(0, depth - 1);
      if (ch === "," && depth === 0) {
        out.push(current);
        current = "";
      } else {
        current += ch;
      }
    }
    out.push(current);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

export {
  expandGlobs,
  globToRegExp,
  hasGlobMagic,
  splitPatterns
};
