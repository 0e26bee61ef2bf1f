import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isYamlProblem,
  parseGuardedYaml
} from "./chunk-OTA34LXD.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

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

// shared/config/config-error.ts
function configError(file, line, what, fix) {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...line ? { line } : {} });
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

// shared/config/yaml-locations.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlLocator = class {
  constructor(doc, lines) {
    this.doc = doc;
    this.lines = lines;
  }
  doc;
  lines;
  /** line (1-based) of the key at `path`; the deepest existing ancestor's when the key is absent */
  keyLine(path) {
    return this.line(path, "key");
  }
  /** line (1-based) of the value at `path` */
  valueLine(path) {
    return this.line(path, "value");
  }
  line(path, part) {
    let node = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((item) => keyText(item.key) === segment);
        if (!pair) break;
        offset = (last && part === "key" ? rangeStart(pair.key) : rangeStart(pair.value) ?? rangeStart(pair.key)) ?? offset;
        node = pair.value;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(segment)];
        if (item === void 0) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return this.lines.linePos(offset).line;
  }
};
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return key === null || key === void 0 ? void 0 : String(key);
}
function rangeStart(node) {
  return node && typeof node === "object" && "range" in node ? node.range?.[0] : void 0;
}

// shared/config/yaml-config.ts
function parseYamlConfig(text, file, about) {
  const parsed = parseGuardedYaml(text);
  if (isYamlProblem(parsed)) {
    const fix = parsed.fix ?? about.syntaxFix?.(text.split("\n")[parsed.line - 1] ?? "") ?? "Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).";
    throw configError(file, parsed.line, `The ${about.what} is not usable: ${parsed.message}`, fix);
  }
  if (parsed.value === null || parsed.value === void 0) throw configError(file, 1, `The ${about.what} is empty.`, about.emptyFix);
  return { raw: parsed.value, locator: new YamlLocator(parsed.doc, parsed.lineCounter) };
}

export {
  readConfigFile,
  configError,
  didYouMean,
  parseYamlConfig
};
