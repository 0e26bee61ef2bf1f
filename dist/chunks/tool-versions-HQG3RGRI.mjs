import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ONNXRUNTIME_NODE_VERSION
} from "./chunk-DVOAKEXV.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/train/tool-versions.ts
var MLCI_VERSION = "0.1.0";
function toolVersions() {
  return { mlci: MLCI_VERSION, node: process.version, "onnxruntime-node": ONNXRUNTIME_NODE_VERSION, platform: `${process.platform}-${process.arch}` };
}
export {
  MLCI_VERSION,
  toolVersions
};
