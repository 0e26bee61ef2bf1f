import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  SCHEMA_FORMAT_AJV_OPTIONS,
  loadDataSchema,
  parseDataSchema
} from "./chunk-C7XPZRWK.mjs";
import "./chunk-43IUD2SB.mjs";
import "./chunk-3S52KM2R.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  SCHEMA_FORMAT_AJV_OPTIONS,
  loadDataSchema,
  parseDataSchema
};
