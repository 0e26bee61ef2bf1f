import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-6LNN6IOZ.mjs";
import "./chunk-TEB73JKP.mjs";
import "./chunk-PHFQQQUR.mjs";
import "./chunk-D6JZHQJS.mjs";
import "./chunk-LIFKI3DX.mjs";
import "./chunk-5XCRX7CQ.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-6AH6K5L4.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-G3VMPWXG.mjs";
import "./chunk-N6ADHVPI.mjs";
import "./chunk-XPYFJF25.mjs";
import "./chunk-25KXHUN6.mjs";
import "./chunk-CYJKZIKK.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-YYUTJUCM.mjs";
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
