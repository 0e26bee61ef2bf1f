import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/config/read-config-file.ts
import { readFile } from "node:fs/promises";
async function readConfigFile(path, about) {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    throw new UserError(
      code === "ENOENT" ? `The ${about.what} ${path} does not exist.` : `The ${about.what} ${path} cannot be read (${code ?? err.message}).`,
      `input ${about.input}`,
      about.fix
    );
  }
}

// shared/config/suggest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function closestName(name, candidates) {
  const normal = (s) => s.toLowerCase().replace(/[-\s.]/g, "_");
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (normal(candidate) === normal(name)) return candidate;
    const distance = editDistance(normal(name), normal(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  if (bestDistance <= tolerance) return best;
  const n = normal(name);
  const related = candidates.filter((c) => Math.min(n.length, c.length) >= 3 && (n.startsWith(normal(c)) || normal(c).startsWith(n)));
  related.sort((a, b) => editDistance(n, normal(a)) - editDistance(n, normal(b)));
  return related[0];
}
function didYouMean(name, candidates) {
  const closest = closestName(name, candidates);
  return closest ? ` Did you mean "${closest}"?` : "";
}

export {
  readConfigFile,
  didYouMean
};
