import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  actionsArtifactDownloader,
  actionsArtifactUploader
} from "./chunk-EXFSRAEI.mjs";
import "./chunk-6UZSA3JV.mjs";
import "./chunk-DZOKBNNF.mjs";
import "./chunk-BVHY7LTN.mjs";
import "./chunk-HRYC4OTC.mjs";
import "./chunk-4RFHVFKH.mjs";
import "./chunk-QNUZVYVB.mjs";
import "./chunk-W7U5NUJ3.mjs";
import "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import "./chunk-PV2N7Z3O.mjs";
import "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  actionsArtifactDownloader,
  actionsArtifactUploader
};
