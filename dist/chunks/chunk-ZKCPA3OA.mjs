import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  isYamlProblem,
  parseGuardedYaml
} from "./chunk-OTA34LXD.mjs";
import {
  configError,
  readPlainConfig
} from "./chunk-3S52KM2R.mjs";
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/config/yaml-document-locator.ts
var import_yaml = __toESM(require_dist(), 1);
var DocumentYamlLocator = class {
  constructor(doc, lines) {
    this.doc = doc;
    this.lines = lines;
  }
  doc;
  lines;
  keyLine(path) {
    return this.line(path, "key");
  }
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
  return readPlainConfig(text) ?? parseYamlConfigWithYaml(text, file, about);
}
function parseYamlConfigWithYaml(text, file, about) {
  const parsed = parseGuardedYaml(text);
  if (isYamlProblem(parsed)) {
    const fix = parsed.fix ?? about.syntaxFix?.(text.split("\n")[parsed.line - 1] ?? "") ?? "Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).";
    throw configError(file, parsed.line, `The ${about.what} is not usable: ${parsed.message}`, fix);
  }
  if (parsed.value === null || parsed.value === void 0) throw configError(file, 1, `The ${about.what} is empty.`, about.emptyFix);
  return { raw: parsed.value, locator: new DocumentYamlLocator(parsed.doc, parsed.lineCounter) };
}

export {
  parseYamlConfig,
  parseYamlConfigWithYaml
};
