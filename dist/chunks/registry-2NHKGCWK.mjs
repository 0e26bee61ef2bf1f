import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-3WPPCW47.mjs";
import "./chunk-OST5ATCQ.mjs";
import "./chunk-LHUZ4HRX.mjs";
import "./chunk-CRUHNDL7.mjs";
import "./chunk-G4ANCSAW.mjs";
import "./chunk-P2FFJBGG.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-ERA5V3UI.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-DIABACFY.mjs";
import "./chunk-5Y25YP26.mjs";
import "./chunk-QHILULNN.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-N4W2GR3G.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-YFQX7IVV.mjs";
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
