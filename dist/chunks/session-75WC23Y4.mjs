import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  NO_SPIN_OPTIONS,
  decodeOnnxFile,
  loadModel,
  predict,
  readModelFile
} from "./chunk-RI7A7N37.mjs";
import "./chunk-BKFVP64E.mjs";
import "./chunk-IVPEYKAS.mjs";
import "./chunk-MWAICGG4.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  NO_SPIN_OPTIONS,
  decodeOnnxFile,
  loadModel,
  predict,
  readModelFile
};
