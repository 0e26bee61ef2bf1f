import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  trainModelStep
} from "./chunk-5LHT767B.mjs";
import "./chunk-BSNOIG4E.mjs";
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
  trainModelStep
};
