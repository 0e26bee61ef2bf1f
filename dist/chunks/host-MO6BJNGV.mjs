import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  createCliHost
} from "./chunk-H3ZG3PNT.mjs";
import "./chunk-QFLC6WXB.mjs";
import "./chunk-VV3CKB34.mjs";
import "./chunk-7S2BFIIM.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-22UNZHIA.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  createCliHost
};
