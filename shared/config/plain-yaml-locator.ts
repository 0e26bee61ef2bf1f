import type { PlainNode } from './plain-yaml.js';
import type { YamlLocator } from './yaml-locations.js';

/**
 * The locator over plain-yaml.ts's tree, which records the lines `yaml` gives: DocumentLocator's
 * walk with the same choices, lines for offsets. It needs no `yaml` at run time.
 */
export class PlainLocator implements YamlLocator {
  constructor(private readonly root: PlainNode) {}

  keyLine(path: readonly string[]): number {
    return this.line(path, 'key');
  }

  valueLine(path: readonly string[]): number {
    return this.line(path, 'value');
  }

  private line(path: readonly string[], part: 'key' | 'value'): number {
    let node = this.root;
    let line = node.line;
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
}
