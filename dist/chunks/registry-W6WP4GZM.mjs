import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-5DUJRKH3.mjs";
import "./chunk-A5PSNMNW.mjs";
import "./chunk-7CG4WW63.mjs";
import "./chunk-53ZX63PH.mjs";
import "./chunk-UA2O7JG6.mjs";
import "./chunk-LMNCR3FN.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-5MBCOPHY.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-QMPH2T65.mjs";
import "./chunk-SXFU6F6A.mjs";
import "./chunk-BUZWYCFG.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-FDYF22BI.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-WWS73YM4.mjs";
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
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
};
