import { isMap, isSeq, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { PlainNode } from './plain-yaml.js';

/**
 * Finds the line of a key or value in a parsed YAML document, by its path of keys: in the `yaml`
 * package's Document, or in the tree of plain-yaml.ts, which records the lines `yaml` gives.
 */
export class YamlLocator {
  private readonly doc: Document | undefined;
  private readonly lines: LineCounter | undefined;
  private readonly plain: PlainNode | undefined;

  constructor(doc: Document, lines: LineCounter);
  constructor(plain: PlainNode);
  constructor(source: Document | PlainNode, lines?: LineCounter) {
    if (lines) {
      this.doc = source as Document;
      this.lines = lines;
    } else {
      this.plain = source as PlainNode;
    }
  }

  /** line (1-based) of the key at `path`; the deepest existing ancestor's when the key is absent */
  keyLine(path: readonly string[]): number {
    return this.line(path, 'key');
  }

  /** line (1-based) of the value at `path` */
  valueLine(path: readonly string[]): number {
    return this.line(path, 'value');
  }

  private line(path: readonly string[], part: 'key' | 'value'): number {
    if (this.plain) return plainLine(this.plain, path, part);
    let node: unknown = this.doc!.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => keyText(item.key) === segment);
        if (!pair) break;
        offset = (last && part === 'key' ? rangeStart(pair.key) : rangeStart(pair.value) ?? rangeStart(pair.key)) ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return this.lines!.linePos(offset).line;
  }
}

/** the walk above, over a plain tree: the same choices, with lines for offsets */
function plainLine(root: PlainNode, path: readonly string[], part: 'key' | 'value'): number {
  let node = root;
  let line = root.line;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (node.kind === 'map') {
      const pair = node.pairs.find((p) => p.key === segment);
      if (!pair) break;
      line = last && part === 'key' ? pair.keyLine : pair.value.line;
      node = pair.value;
    } else if (node.kind === 'seq') {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      line = item.line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;
}
