import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  ONNXRUNTIME_NODE_VERSION
} from "./chunk-ZKZK2PGS.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";

// shared/train/tool-versions.ts
var MLCI_VERSION = "0.1.0";
function toolVersions() {
  return { mlci: MLCI_VERSION, node: process.version, "onnxruntime-node": ONNXRUNTIME_NODE_VERSION, platform: `${process.platform}-${process.arch}` };
}
export {
  MLCI_VERSION,
  toolVersions
};
