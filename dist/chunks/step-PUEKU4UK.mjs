import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  deployStep
} from "./chunk-PUHNDDJQ.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-CZWGTPAG.mjs";
import "./chunk-6HTVTTUS.mjs";
import "./chunk-MOSRXN2Q.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-ERRTHYXN.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-FESHSN32.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  deployStep
};
