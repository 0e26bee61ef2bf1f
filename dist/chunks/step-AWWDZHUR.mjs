import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  publishModelStep
} from "./chunk-27SNJJ7W.mjs";
import "./chunk-CDC5BFEW.mjs";
import "./chunk-CIMPNRLY.mjs";
import "./chunk-W7APDLV2.mjs";
import "./chunk-QHHT6YHY.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-YJZECIZQ.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-FESHSN32.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  publishModelStep
};
