import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  validateDataStep
} from "./chunk-WWS73YM4.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-YSRSGXAJ.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-QNHP6EUZ.mjs";
import "./chunk-6AG5JHL2.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  validateDataStep
};
