import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-FP5MB47J.mjs";
import "./chunk-CL5L3QZJ.mjs";
import "./chunk-WGVFVRXF.mjs";
import "./chunk-OC5YVIDR.mjs";
import "./chunk-WCHKJKRT.mjs";
import "./chunk-W2JCHEKP.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-4U4NEWWT.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-PHE22FVQ.mjs";
import "./chunk-AKS52OQA.mjs";
import "./chunk-72XP3GE7.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-YIPUQNOO.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-R7B7WND3.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-ZN2HXPRW.mjs";
import "./chunk-SMF6QWCL.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-7S2BFIIM.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-22UNZHIA.mjs";
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
