import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-2JNKPZUF.mjs";
import "./chunk-5ROFWTA5.mjs";
import "./chunk-GJSPQBRM.mjs";
import "./chunk-B32QHXCX.mjs";
import "./chunk-OEWYG3VQ.mjs";
import "./chunk-6IL2EADA.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-G5HLMBP5.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-GX6NIA2Q.mjs";
import "./chunk-7WQJAFYY.mjs";
import "./chunk-WXCJNF5F.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-CSWLPE4F.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-22O6H2XY.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-OPFT7EXX.mjs";
import "./chunk-42BXQA6G.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-AP4QPYDI.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-PGKMNUN7.mjs";
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
