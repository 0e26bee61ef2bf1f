import { isMap, isSeq, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { YamlLocator } from './yaml-locations.js';

/** The locator of a file the `yaml` package parsed: walks its Document by the path of keys. */
export class DocumentYamlLocator implements YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  keyLine(path: readonly string[]): number {
    return this.line(path, 'key');
  }

  valueLine(path: readonly string[]): number {
    return this.line(path, 'value');
  }

  private line(path: readonly string[], part: 'key' | 'value'): number {
    let node: unknown = this.doc.contents;
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
    return this.lines.linePos(offset).line;
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;
}
