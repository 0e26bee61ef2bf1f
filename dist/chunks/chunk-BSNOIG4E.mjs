import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/train/defaults.ts
var BUILTIN_TRAINERS = ["builtin:logistic-regression", "builtin:linear-regression", "builtin:gradient-boosted-trees"];
var DEFAULT_OUTPUTS = ["model.onnx", "metrics.json", "plots/**"];

export {
  BUILTIN_TRAINERS,
  DEFAULT_OUTPUTS
};
