import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/config/config-error.ts
function configError(file, line, what, fix) {
  return new UserError(what, line ? `${file}:${line}` : file, fix, { file, ...line ? { line } : {} });
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
var PlainYamlLocator = class {
  constructor(root) {
    this.root = root;
  }
  root;
  keyLine(path) {
    return plainLine(this.root, path, "key");
  }
  valueLine(path) {
    return plainLine(this.root, path, "value");
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

// shared/config/plain-yaml-config.ts
function readPlainConfig(text) {
  const plain = readPlainYaml(text);
  return plain ? { raw: plain.value, locator: new PlainYamlLocator(plain.root) } : void 0;
}
async function parseYamlConfigLazily(text, file, about) {
  const plain = readPlainConfig(text);
  if (plain) return plain;
  const { parseYamlConfigWithYaml } = await import("./yaml-config-PRMFFNBD.mjs");
  return parseYamlConfigWithYaml(text, file, about);
}

export {
  configError,
  readPlainConfig,
  parseYamlConfigLazily
};
