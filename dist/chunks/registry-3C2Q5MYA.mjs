import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cliOnlyCommands,
  findCommand,
  findStep,
  steps
} from "./chunk-G6GYPYRG.mjs";
import "./chunk-QAYQ6WX2.mjs";
import "./chunk-IK72KF6A.mjs";
import "./chunk-BDGIUQUS.mjs";
import "./chunk-OG2MFZY4.mjs";
import "./chunk-W25C42UI.mjs";
import "./chunk-4RKKLANI.mjs";
import "./chunk-3WUXJTR3.mjs";
import "./chunk-BG3LUX6W.mjs";
import "./chunk-FVDPAQDW.mjs";
import "./chunk-X75F2KN2.mjs";
import "./chunk-XN2KOLLP.mjs";
import "./chunk-CVRB4TQV.mjs";
import "./chunk-VGAFYLGQ.mjs";
import "./chunk-BSNOIG4E.mjs";
import "./chunk-PEKRI56W.mjs";
import "./chunk-KCHSX7MG.mjs";
import "./chunk-HJAITZ65.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-L3MZQNKG.mjs";
import "./chunk-OALLZYJA.mjs";
import "./chunk-I3CLNAZB.mjs";
import "./chunk-ULHMFD26.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-5UPBE6UA.mjs";
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
