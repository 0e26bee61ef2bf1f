import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-D7EKJDH5.mjs";
import "./chunk-VU6WOO4F.mjs";
import "./chunk-POR2FHFH.mjs";
import "./chunk-W3CQ2ATT.mjs";
import "./chunk-FQEH75EL.mjs";
import "./chunk-KPT2ZV5U.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-SO2ZEJQZ.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-5SUSWIOF.mjs";
import "./chunk-FXNGQYMQ.mjs";
import "./chunk-7EG6C5S5.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-PMNWLCGQ.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-QKUF4WDG.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-YSRSGXAJ.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-Q7F2B2XL.mjs";
import "./chunk-GAMWYWPM.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-U7E5F2JL.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-JJTIRPIA.mjs";
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
