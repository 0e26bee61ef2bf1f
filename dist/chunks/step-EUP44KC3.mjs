import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  monitorStep
} from "./chunk-OHV6BRMC.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-ZJTWU4N4.mjs";
import "./chunk-QH5IOYK2.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-Y4LT42YJ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-5UPBE6UA.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-DGJZWTQI.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  monitorStep
};
