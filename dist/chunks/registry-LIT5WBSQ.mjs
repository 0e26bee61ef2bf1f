import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-MLMFOU36.mjs";
import "./chunk-OST5ATCQ.mjs";
import "./chunk-EHFQSNQN.mjs";
import "./chunk-T7RD6URN.mjs";
import "./chunk-G4ANCSAW.mjs";
import "./chunk-YNE55OGM.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-37CXARRV.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-GC5ADM26.mjs";
import "./chunk-5Y25YP26.mjs";
import "./chunk-QHILULNN.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-573EF76I.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-6UGDFFBU.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-YSRSGXAJ.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-KEBLBNGT.mjs";
import "./chunk-F4NPBFY6.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-WXBC2U5P.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-UOA73PBS.mjs";
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
