import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  schemaError
} from "./chunk-GALJ5ZCG.mjs";
import {
  parseYamlConfig
} from "./chunk-6Y6UUE6Q.mjs";
import {
  require_ajv
} from "./chunk-PEPV4RQA.mjs";
import {
  __toESM
} from "./chunk-AR3GCIHW.mjs";

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
