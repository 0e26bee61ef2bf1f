import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-IWSRKIAE.mjs";
import "./chunk-SZHTRF5O.mjs";
import "./chunk-E657OAD6.mjs";
import "./chunk-S4EL5F6H.mjs";
import "./chunk-CIKYPGCZ.mjs";
import "./chunk-GCQUOW4W.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-BKNX4WTW.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-4PCTPIIW.mjs";
import "./chunk-27SNJJ7W.mjs";
import "./chunk-CDC5BFEW.mjs";
import "./chunk-25KXHUN6.mjs";
import "./chunk-4YJNLHK7.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-FVYWFVMB.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-CIMPNRLY.mjs";
import "./chunk-W7APDLV2.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-QHHT6YHY.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-YJZECIZQ.mjs";
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
