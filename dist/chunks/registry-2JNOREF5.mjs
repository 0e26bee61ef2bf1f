import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-R7LVIVVX.mjs";
import "./chunk-ZNTEHIEZ.mjs";
import "./chunk-2GWAI3RR.mjs";
import "./chunk-R4WE5PWF.mjs";
import "./chunk-LIFKI3DX.mjs";
import "./chunk-PUHNDDJQ.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-4QU5CT6P.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-GWKWR42C.mjs";
import "./chunk-WLKI3C36.mjs";
import "./chunk-XPYFJF25.mjs";
import "./chunk-DZ56N7HU.mjs";
import "./chunk-SQJA2BV2.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-22OVPK3E.mjs";
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
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
};
