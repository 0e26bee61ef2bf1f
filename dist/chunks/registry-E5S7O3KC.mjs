import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-ML44IZTV.mjs";
import "./chunk-GON3UOMX.mjs";
import "./chunk-HPGUFHH4.mjs";
import "./chunk-R4WE5PWF.mjs";
import "./chunk-LIFKI3DX.mjs";
import "./chunk-GDUWW6LS.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-AHC74VY6.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-22GCM4ME.mjs";
import "./chunk-WLKI3C36.mjs";
import "./chunk-XPYFJF25.mjs";
import "./chunk-DZ56N7HU.mjs";
import "./chunk-JPPYEAAQ.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-XG2ACEUL.mjs";
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
