import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-I5C4RXJJ.mjs";
import "./chunk-VTKVBQMI.mjs";
import "./chunk-UYZK75OP.mjs";
import "./chunk-TWMGKQO2.mjs";
import "./chunk-MV4IGV6U.mjs";
import "./chunk-2U5BTLWY.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-72YZNY7F.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-HOM2N6OW.mjs";
import "./chunk-N76DMJJT.mjs";
import "./chunk-5DY7LK4T.mjs";
import "./chunk-CVRB4TQV.mjs";
import "./chunk-VC2574HR.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-AYDZ2LYB.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-BMBV56XA.mjs";
import "./chunk-K6C65DIO.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-CHEPXGZG.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-FSGAE2Z3.mjs";
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
