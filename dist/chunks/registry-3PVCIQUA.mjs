import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-V4AKUQIZ.mjs";
import "./chunk-Z4KFMZE3.mjs";
import "./chunk-L6PWQL5D.mjs";
import "./chunk-QX2ZRFUE.mjs";
import "./chunk-67JIHLDW.mjs";
import "./chunk-66A72VBF.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-XO2O32S4.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-BNTHS3DS.mjs";
import "./chunk-AK7EIPPL.mjs";
import "./chunk-32EKFBHR.mjs";
import "./chunk-7DXK7RD5.mjs";
import "./chunk-5LHT767B.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-XXHWWCVH.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-Y6PF5OLG.mjs";
import "./chunk-KVGAACSQ.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-EM2SI6NK.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-PGKMNUN7.mjs";
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
