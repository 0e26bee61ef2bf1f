import type { PlainNode } from './plain-yaml.js';

/** Finds the line of a key or value in a parsed YAML configuration file, by its path of keys. */
export interface YamlLocator {
  /** line (1-based) of the key at `path`; the deepest existing ancestor's when the key is absent */
  keyLine(path: readonly string[]): number;
  /** line (1-based) of the value at `path` */
  valueLine(path: readonly string[]): number;
}

/**
 * The locator of a file read by plain-yaml.ts, whose tree records the lines the `yaml` package
 * gives (DocumentYamlLocator, yaml-document-locator.ts, walks that package's Document the same way).
 * Apart from it so that a plain file is located without loading `yaml`.
 */
export class PlainYamlLocator implements YamlLocator {
  constructor(private readonly root: PlainNode) {}

  keyLine(path: readonly string[]): number {
    return plainLine(this.root, path, 'key');
  }

  valueLine(path: readonly string[]): number {
    return plainLine(this.root, path, 'value');
  }
}

/** DocumentYamlLocator's walk over a plain tree: the same choices, with lines for offsets */
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
