import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  schemaError
} from "./chunk-6OODKWHZ.mjs";
import {
  parseYamlConfig
} from "./chunk-ZKCPA3OA.mjs";
import {
  require_ajv
} from "./chunk-BLYFCIPT.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/config/checked-yaml-config.ts
var import_ajv = __toESM(require_ajv(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
function parseCheckedYamlConfig(text, file, schema, about) {
  const parsed = parseYamlConfig(text, file, about);
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(parsed.raw)) throw schemaError(validate.errors ?? [], file, parsed.locator, about);
  return parsed;
}

export {
  parseCheckedYamlConfig
};
