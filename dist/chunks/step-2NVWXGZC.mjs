import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  validateDataStep
} from "./chunk-R7B7WND3.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-ZN2HXPRW.mjs";
import "./chunk-SMF6QWCL.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-7S2BFIIM.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-22UNZHIA.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  validateDataStep
};
