import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  createCliHost
} from "./chunk-WO5V7W7W.mjs";
import "./chunk-QFLC6WXB.mjs";
import "./chunk-VV3CKB34.mjs";
import "./chunk-EM2SI6NK.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-PGKMNUN7.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  createCliHost
};
