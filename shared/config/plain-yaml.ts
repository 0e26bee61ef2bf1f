/**
 * A reader for the plain YAML that mlci's configuration files are written in: block mappings of
 * `key: value` lines, values that are one-line scalars, `[a, b]` lists, `{ k: v }` maps and
 * `- item` lists of scalars. The
 * `yaml` package reads everything else; here it costs 0.1–0.2 s cold for a data schema whose
 * `allowed_values` lists hold a thousand items (its lexer, parser and composer run in V8's
 * interpreter), which is a tenth of a 200 MB validate-data run.
 *
 * It gives the value `yaml`'s parseDocument(...).toJS() gives, and the same lines for keys and
 * values, or undefined: anything it does not know for certain (escapes in quotes, anchors, tags,
 * block lists of anything but one-line scalars, multi-line scalars, tabs, CR, duplicate keys, a scalar that is not
 * plainly a string, a boolean, null, an integer or a decimal, an empty value) is left to `yaml`, which then also
 * reports the errors. test/config/plain-yaml.test.ts compares the two on every YAML file of the
 * repository's tests and examples and on generated scalars.
 */

/** a node with the 1-based line where `yaml` puts its range's start */
export type PlainNode =
  | { kind: 'map'; line: number; pairs: PlainPair[] }
  | { kind: 'seq'; line: number; items: PlainNode[] }
  | { kind: 'scalar'; line: number };

export interface PlainPair {
  key: string;
  keyLine: number;
  value: PlainNode;
}

export interface PlainYaml {
  value: Record<string, unknown>;
  root: PlainNode;
}

/** deeper block nesting than any mlci file has goes to `yaml` (and its depth guard) */
const MAX_DEPTH = 16;
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;
/** words the core schema reads as null or a boolean (as keys or values they are not strings) */
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** the YAML 1.2 core schema's integer and float forms (decimal only; 0x, 0o, .inf and .nan go to `yaml`) */
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** a plain scalar's characters here: words, numbers and single spaces between them (no `#`, `:`, `,`, brackets) */
const PLAIN = /[A-Za-z0-9_.+()/-]+(?: [A-Za-z0-9_.+()/-]+)*/y;
const WORD = /^[A-Za-z_][A-Za-z0-9_.+()/ -]*$/;

interface Frame {
  indent: number;
  node: { kind: 'map'; line: number; pairs: PlainPair[] };
  value: Record<string, unknown>;
}

/** Reads `text` when it is plain YAML as above, a mapping at the top; undefined otherwise. */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (/[\r\t\uFEFF]/.test(text)) return undefined;
  const lines = text.split('\n');
  const stack: Frame[] = [];
  let root: PlainYaml | undefined;
  /** a `key:` whose value is the block mapping or list on the lines after it */
  let open: { frame: Frame; key: string; keyLine: number } | undefined;
  /** the block list being read: its items' indent */
  let list: { indent: number; node: { kind: 'seq'; line: number; items: PlainNode[] }; value: unknown[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw[indent] === '#') {
      // a blank or comment line; between a `key:` and its first entry `yaml` may start the range elsewhere
      if (open) return undefined;
      continue;
    }
    if (list) {
      if (indent > list.indent) return undefined;
      if (indent === list.indent) {
        // `- scalar`, nothing else, in a list
        if (raw[indent] !== '-' || raw[indent + 1] !== ' ') return undefined;
        const item = readValue(raw, skipSpaces(raw, indent + 1), line, true);
        if (!item || !restIsComment(raw, item.end)) return undefined;
        list.node.items.push(item.node);
        list.value.push(item.value);
        continue;
      }
      list = undefined;
    }
    if (open && raw[indent] === '-') {
      if (indent <= open.frame.indent || raw[indent + 1] !== ' ') return undefined;
      list = { indent, node: { kind: 'seq', line, items: [] }, value: [] };
      open.frame.node.pairs.push({ key: open.key, keyLine: open.keyLine, value: list.node });
      open.frame.value[open.key] = list.value;
      open = undefined;
      i--; // its first item is read as the list's
      continue;
    }
    let frame: Frame;
    if (open) {
      if (indent <= open.frame.indent || stack.length >= MAX_DEPTH) return undefined;
      frame = { indent, node: { kind: 'map', line, pairs: [] }, value: {} };
      open.frame.node.pairs.push({ key: open.key, keyLine: open.keyLine, value: frame.node });
      open.frame.value[open.key] = frame.value;
      stack.push(frame);
      open = undefined;
    } else if (!root) {
      if (indent !== 0) return undefined;
      frame = { indent, node: { kind: 'map', line, pairs: [] }, value: {} };
      root = { value: frame.value, root: frame.node };
      stack.push(frame);
    } else {
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1]!.indent !== indent) return undefined;
      frame = stack[stack.length - 1]!;
    }
    const keyMatch = KEY.exec(raw.slice(indent));
    if (!keyMatch) return undefined;
    const key = keyMatch[0];
    let at = indent + key.length;
    if (raw[at] !== ':' || !usableKey(key, frame.value)) return undefined;
    at++;
    if (at < raw.length && raw[at] !== ' ') return undefined;
    while (raw.charCodeAt(at) === 32) at++;
    if (at === raw.length || raw[at] === '#') {
      open = { frame, key, keyLine: line };
      continue;
    }
    const read = readValue(raw, at, line, false);
    if (!read || !restIsComment(raw, read.end)) return undefined;
    frame.node.pairs.push({ key, keyLine: line, value: read.node });
    frame.value[key] = read.value;
  }
  // a `key:` with nothing under it is null to `yaml`, with a range of its own choosing
  if (open) return undefined;
  return root;
}

/** YAML allows an implicit key of at most 1024 characters; `yaml` reports a longer one as an error */
const MAX_KEY_LENGTH = 1000;

function usableKey(key: string, siblings: Record<string, unknown>): boolean {
  return key.length <= MAX_KEY_LENGTH && !NOT_STRINGS.has(key) && key !== '__proto__' && !Object.prototype.hasOwnProperty.call(siblings, key);
}

function restIsComment(raw: string, at: number): boolean {
  let k = at;
  while (raw.charCodeAt(k) === 32) k++;
  return k === raw.length || (k > at && raw[k] === '#');
}

interface Read {
  value: unknown;
  node: PlainNode;
  end: number;
}

function readValue(raw: string, at: number, line: number, inFlow: boolean): Read | undefined {
  const c = raw[at];
  if (c === '[' && !inFlow) return readList(raw, at, line);
  if (c === '{' && !inFlow) return readMap(raw, at, line);
  if (c === "'") return readQuoted(raw, at, line);
  if (c === '"') return readDoubleQuoted(raw, at, line);
  PLAIN.lastIndex = at;
  const m = PLAIN.exec(raw);
  if (!m) return undefined;
  const value = resolvePlain(m[0]);
  return value === undefined ? undefined : { value, node: { kind: 'scalar', line }, end: at + m[0].length };
}

/** the core schema's reading of a plain scalar, when it is plainly a string, a boolean, null or a decimal number */
export function resolvePlain(text: string): string | number | boolean | null | undefined {
  if (NOT_STRINGS.has(text)) return text[0] === 'n' || text[0] === 'N' ? null : text[0] === 't' || text[0] === 'T';
  if (INT.test(text)) return parseInt(text, 10);
  if (FLOAT.test(text) || EXP_FLOAT.test(text)) return parseFloat(text);
  if (WORD.test(text)) return text;
  return undefined;
}

function readQuoted(raw: string, at: number, line: number): Read | undefined {
  let text = '';
  let k = at + 1;
  for (;;) {
    const close = raw.indexOf("'", k);
    if (close < 0) return undefined;
    text += raw.slice(k, close);
    if (raw[close + 1] !== "'") return { value: text, node: { kind: 'scalar', line }, end: close + 1 };
    text += "'";
    k = close + 2;
  }
}

/** a double-quoted scalar without escapes (a backslash goes to `yaml`) */
function readDoubleQuoted(raw: string, at: number, line: number): Read | undefined {
  const close = raw.indexOf('"', at + 1);
  if (close < 0) return undefined;
  const text = raw.slice(at + 1, close);
  return text.includes('\\') ? undefined : { value: text, node: { kind: 'scalar', line }, end: close + 1 };
}

function skipSpaces(raw: string, at: number): number {
  while (raw.charCodeAt(at) === 32) at++;
  return at;
}

function readList(raw: string, at: number, line: number): Read | undefined {
  const items: PlainNode[] = [];
  const value: unknown[] = [];
  let k = skipSpaces(raw, at + 1);
  if (raw[k] === ']') return { value, node: { kind: 'seq', line, items }, end: k + 1 };
  for (;;) {
    const item = readValue(raw, k, line, true);
    if (!item) return undefined;
    items.push(item.node);
    value.push(item.value);
    k = skipSpaces(raw, item.end);
    if (raw[k] === ']') return { value, node: { kind: 'seq', line, items }, end: k + 1 };
    if (raw[k] !== ',') return undefined;
    k = skipSpaces(raw, k + 1);
  }
}

function readMap(raw: string, at: number, line: number): Read | undefined {
  const pairs: PlainPair[] = [];
  const value: Record<string, unknown> = {};
  let k = skipSpaces(raw, at + 1);
  if (raw[k] === '}') return { value, node: { kind: 'map', line, pairs }, end: k + 1 };
  for (;;) {
    const keyMatch = KEY.exec(raw.slice(k));
    if (!keyMatch) return undefined;
    const key = keyMatch[0];
    k += key.length;
    if (raw[k] !== ':' || raw[k + 1] !== ' ' || !usableKey(key, value)) return undefined;
    const item = readValue(raw, skipSpaces(raw, k + 1), line, true);
    if (!item) return undefined;
    pairs.push({ key, keyLine: line, value: item.node });
    value[key] = item.value;
    k = skipSpaces(raw, item.end);
    if (raw[k] === '}') return { value, node: { kind: 'map', line, pairs }, end: k + 1 };
    if (raw[k] !== ',') return undefined;
    k = skipSpaces(raw, k + 1);
  }
}
