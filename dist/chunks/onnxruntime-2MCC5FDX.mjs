import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  ONNXRUNTIME_NODE_VERSION,
  loadOnnxRuntime,
  onnxRuntimeCacheKey,
  onnxRuntimeInstallDir,
  pruneOtherPlatforms
} from "./chunk-ZKZK2PGS.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  ONNXRUNTIME_NODE_VERSION,
  loadOnnxRuntime,
  onnxRuntimeCacheKey,
  onnxRuntimeInstallDir,
  pruneOtherPlatforms
};
