import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  schemaError
} from "./chunk-2UMU7DG5.mjs";
import {
  parseYamlConfig
} from "./chunk-YKTM2BZU.mjs";
import {
  require_ajv
} from "./chunk-NJ4I72ZN.mjs";
import {
  __toESM
} from "./chunk-TLFW3MUB.mjs";

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
