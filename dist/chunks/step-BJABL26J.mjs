import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  validateDataStep
} from "./chunk-22OVPK3E.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-CZWGTPAG.mjs";
import "./chunk-6HTVTTUS.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-MOSRXN2Q.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-ERRTHYXN.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-FESHSN32.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  validateDataStep
};
