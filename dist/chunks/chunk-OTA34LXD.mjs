import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/config/guarded-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_DEPTH = 64;
var MAX_ALIAS_COUNT = 100;
function tooDeep(text) {
  let flow = 0;
  let line = 1;
  const indents = [];
  let atLineStart = true;
  let indent = 0;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      atLineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = void 0;
      continue;
    }
    if (atLineStart) {
      if (c === " " || c === "-") {
        indent++;
        continue;
      }
      atLineStart = false;
      if (c !== "#" && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_YAML_DEPTH) return line;
      }
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === '"' || c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) {
      quote = c;
    } else if (c === "[" || c === "{") {
      if (++flow + indents.length > MAX_YAML_DEPTH) return line;
    } else if ((c === "]" || c === "}") && flow > 0) {
      flow--;
    }
  }
  return void 0;
}
function parseGuardedYaml(text) {
  const deepAt = tooDeep(text);
  if (deepAt !== void 0) {
    return { line: deepAt, message: `it is nested more than ${MAX_YAML_DEPTH} levels deep`, fix: `Flatten the structure: no mlci file needs more than a few levels of nesting.` };
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { line: lineCounter.linePos(error.pos[0]).line, message: `it is not valid YAML: ${error.message.split("\n")[0]}` };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (err instanceof ReferenceError || err instanceof RangeError) {
      return { line: 1, message: `its aliases (*name) expand to too many nodes, as a YAML "alias bomb" does (more than ${MAX_ALIAS_COUNT} expansions)`, fix: "Write the values out, or use fewer aliases: mlci files need none." };
    }
    throw err;
  }
}
function isYamlProblem(result) {
  return "message" in result;
}

export {
  parseGuardedYaml,
  isYamlProblem
};
