import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-LG3VQYGR.mjs";
import "./chunk-T63VIXMT.mjs";
import "./chunk-QTNPSODL.mjs";
import "./chunk-7KBIDIH5.mjs";
import "./chunk-M2GNNNGS.mjs";
import "./chunk-4ILJJFDP.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-4M5QFERM.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-OHV6BRMC.mjs";
import "./chunk-QGY5ADFC.mjs";
import "./chunk-NJFKHMEN.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-I25JBNHW.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-JBFEYSLM.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
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
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
};
