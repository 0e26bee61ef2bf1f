import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  inferSchemaStep
} from "./chunk-53ZX63PH.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  inferSchemaStep
};
