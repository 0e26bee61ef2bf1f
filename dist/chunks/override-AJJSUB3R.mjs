import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  applyOverrideLabel,
  hasOverrideLabel
} from "./chunk-Z6EZMT45.mjs";
import "./chunk-JAJFHHOH.mjs";
import "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import {
  DEFAULT_OVERRIDE_LABEL
} from "./chunk-3IG6QDVB.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  DEFAULT_OVERRIDE_LABEL,
  applyOverrideLabel,
  hasOverrideLabel
};
