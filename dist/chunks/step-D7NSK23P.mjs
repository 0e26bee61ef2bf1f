import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  evaluateGateStep
} from "./chunk-3WUXJTR3.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-L3MZQNKG.mjs";
import "./chunk-OALLZYJA.mjs";
import "./chunk-ULHMFD26.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-5UPBE6UA.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-FESHSN32.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  evaluateGateStep
};
