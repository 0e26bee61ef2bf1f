import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ONNXRUNTIME_NODE_VERSION,
  loadOnnxRuntime,
  onnxRuntimeCacheKey,
  onnxRuntimeInstallDir,
  pruneOtherPlatforms,
  withoutTelemetry
} from "./chunk-DVOAKEXV.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  ONNXRUNTIME_NODE_VERSION,
  loadOnnxRuntime,
  onnxRuntimeCacheKey,
  onnxRuntimeInstallDir,
  pruneOtherPlatforms,
  withoutTelemetry
};
