import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-7CG4WW63.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  initStep
};
