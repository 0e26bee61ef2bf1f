import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  monitorStep
} from "./chunk-GX6NIA2Q.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-OPFT7EXX.mjs";
import "./chunk-42BXQA6G.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-AP4QPYDI.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-PGKMNUN7.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-DGJZWTQI.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  monitorStep
};
