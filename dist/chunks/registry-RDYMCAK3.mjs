import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-DTZQ56YX.mjs";
import "./chunk-VQ3TMGYE.mjs";
import "./chunk-4BVOY6SV.mjs";
import "./chunk-VV347NKX.mjs";
import "./chunk-FQEH75EL.mjs";
import "./chunk-UJ6HIAML.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-T32SQTP3.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-XB6KO5SZ.mjs";
import "./chunk-FXNGQYMQ.mjs";
import "./chunk-7EG6C5S5.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-RYZ6NCZO.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-VF2SSO5E.mjs";
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
