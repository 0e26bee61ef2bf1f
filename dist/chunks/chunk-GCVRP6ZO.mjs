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

// shared/config/plain-yaml.ts
var MAX_DEPTH = 16;
var KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;
var NOT_STRINGS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
var INT = /^[-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var PLAIN = /[A-Za-z0-9_.+()/-]+(?: [A-Za-z0-9_.+()/-]+)*/y;
var WORD = /^[A-Za-z_][A-Za-z0-9_.+()/ -]*$/;
function readPlainYaml(text) {
  if (/[\r\t\uFEFF]/.test(text)) return void 0;
  const lines = text.split("\n");
  const stack = [];
  let root;
  let open;
  let list;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw[indent] === "#") {
      if (open) return void 0;
      continue;
    }
    if (list) {
      if (indent > list.indent) return void 0;
      if (indent === list.indent) {
        if (raw[indent] !== "-" || raw[indent + 1] !== " ") return void 0;
        const item = readValue(raw, skipSpaces(raw, indent + 1), line, true);
        if (!item || !restIsComment(raw, item.end)) return void 0;
        list.node.items.push(item.node);
        list.value.push(item.value);
        continue;
      }
      list = void 0;
    }
    if (open && raw[indent] === "-") {
      if (indent <= open.frame.indent || raw[indent + 1] !== " ") return void 0;
      list = { indent, node: { kind: "seq", line, items: [] }, value: [] };
      open.frame.node.pairs.push({ key: open.key, keyLine: open.keyLine, value: list.node });
      open.frame.value[open.key] = list.value;
      open = void 0;
      i--;
      continue;
    }
    let frame;
    if (open) {
      if (indent <= open.frame.indent || stack.length >= MAX_DEPTH) return void 0;
      frame = { indent, node: { kind: "map", line, pairs: [] }, value: {} };
      open.frame.node.pairs.push({ key: open.key, keyLine: open.keyLine, value: frame.node });
      open.frame.value[open.key] = frame.value;
      stack.push(frame);
      open = void 0;
    } else if (!root) {
      if (indent !== 0) return void 0;
      frame = { indent, node: { kind: "map", line, pairs: [] }, value: {} };
      root = { value: frame.value, root: frame.node };
      stack.push(frame);
    } else {
      while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1].indent !== indent) return void 0;
      frame = stack[stack.length - 1];
    }
    const keyMatch = KEY.exec(raw.slice(indent));
    if (!keyMatch) return void 0;
    const key = keyMatch[0];
    let at = indent + key.length;
    if (raw[at] !== ":" || !usableKey(key, frame.value)) return void 0;
    at++;
    if (at < raw.length && raw[at] !== " ") return void 0;
    while (raw.charCodeAt(at) === 32) at++;
    if (at === raw.length || raw[at] === "#") {
      open = { frame, key, keyLine: line };
      continue;
    }
    const read = readValue(raw, at, line, false);
    if (!read || !restIsComment(raw, read.end)) return void 0;
    frame.node.pairs.push({ key, keyLine: line, value: read.node });
    frame.value[key] = read.value;
  }
  if (open) return void 0;
  return root;
}
var MAX_KEY_LENGTH = 1e3;
function usableKey(key, siblings) {
  return key.length <= MAX_KEY_LENGTH && !NOT_STRINGS.has(key) && key !== "__proto__" && !Object.prototype.hasOwnProperty.call(siblings, key);
}
function restIsComment(raw, at) {
  let k = at;
  while (raw.charCodeAt(k) === 32) k++;
  return k === raw.length || k > at && raw[k] === "#";
}
function readValue(raw, at, line, inFlow) {
  const c = raw[at];
  if (c === "[" && !inFlow) return readList(raw, at, line);
  if (c === "{" && !inFlow) return readMap(raw, at, line);
  if (c === "'") return readQuoted(raw, at, line);
  if (c === '"') return readDoubleQuoted(raw, at, line);
  PLAIN.lastIndex = at;
  const m = PLAIN.exec(raw);
  if (!m) return void 0;
  const value = resolvePlain(m[0]);
  return value === void 0 ? void 0 : { value, node: { kind: "scalar", line }, end: at + m[0].length };
}
function resolvePlain(text) {
  if (NOT_STRINGS.has(text)) return text[0] === "n" || text[0] === "N" ? null : text[0] === "t" || text[0] === "T";
  if (INT.test(text)) return parseInt(text, 10);
  if (FLOAT.test(text) || EXP_FLOAT.test(text)) return parseFloat(text);
  if (WORD.test(text)) return text;
  return void 0;
}
function readQuoted(raw, at, line) {
  let text = "";
  let k = at + 1;
  for (; ; ) {
    const close = raw.indexOf("'", k);
    if (close < 0) return void 0;
    text += raw.slice(k, close);
    if (raw[close + 1] !== "'") return { value: text, node: { kind: "scalar", line }, end: close + 1 };
    text += "'";
    k = close + 2;
  }
}
function readDoubleQuoted(raw, at, line) {
  const close = raw.indexOf('"', at + 1);
  if (close < 0) return void 0;
  const text = raw.slice(at + 1, close);
  return text.includes("\\") ? void 0 : { value: text, node: { kind: "scalar", line }, end: close + 1 };
}
function skipSpaces(raw, at) {
  while (raw.charCodeAt(at) === 32) at++;
  return at;
}
function readList(raw, at, line) {
  const items = [];
  const value = [];
  let k = skipSpaces(raw, at + 1);
  if (raw[k] === "]") return { value, node: { kind: "seq", line, items }, end: k + 1 };
  for (; ; ) {
    const item = readValue(raw, k, line, true);
    if (!item) return void 0;
    items.push(item.node);
    value.push(item.value);
    k = skipSpaces(raw, item.end);
    if (raw[k] === "]") return { value, node: { kind: "seq", line, items }, end: k + 1 };
    if (raw[k] !== ",") return void 0;
    k = skipSpaces(raw, k + 1);
  }
}
function readMap(raw, at, line) {
  const pairs = [];
  const value = {};
  let k = skipSpaces(raw, at + 1);
  if (raw[k] === "}") return { value, node: { kind: "map", line, pairs }, end: k + 1 };
  for (; ; ) {
    const keyMatch = KEY.exec(raw.slice(k));
    if (!keyMatch) return void 0;
    const key = keyMatch[0];
    k += key.length;
    if (raw[k] !== ":" || raw[k + 1] !== " " || !usableKey(key, value)) return void 0;
    const item = readValue(raw, skipSpaces(raw, k + 1), line, true);
    if (!item) return void 0;
    pairs.push({ key, keyLine: line, value: item.node });
    value[key] = item.value;
    k = skipSpaces(raw, item.end);
    if (raw[k] === "}") return { value, node: { kind: "map", line, pairs }, end: k + 1 };
    if (raw[k] !== ",") return void 0;
    k = skipSpaces(raw, k + 1);
  }
}

// shared/config/yaml-locations.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlLocator = class {
  doc;
  lines;
  plain;
  constructor(source, lines) {
    if (lines) {
      this.doc = source;
      this.lines = lines;
    } else {
      this.plain = source;
    }
  }
  /** line (1-based) of the key at `path`; the deepest existing ancestor's when the key is absent */
  keyLine(path) {
    return this.line(path, "key");
  }
  /** line (1-based) of the value at `path` */
  valueLine(path) {
    return this.line(path, "value");
  }
  line(path, part) {
    if (this.plain) return plainLine(this.plain, path, part);
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
function plainLine(root, path, part) {
  let node = root;
  let line = root.line;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (node.kind === "map") {
      const pair = node.pairs.find((p) => p.key === segment);
      if (!pair) break;
      line = last && part === "key" ? pair.keyLine : pair.value.line;
      node = pair.value;
    } else if (node.kind === "seq") {
      const item = node.items[Number(segment)];
      if (item === void 0) break;
      line = item.line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return key === null || key === void 0 ? void 0 : String(key);
}
function rangeStart(node) {
  return node && typeof node === "object" && "range" in node ? node.range?.[0] : void 0;
}

// shared/config/yaml-config.ts
function parseYamlConfig(text, file, about) {
  const plain = readPlainYaml(text);
  if (plain) return { raw: plain.value, locator: new YamlLocator(plain.root) };
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
