import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/train/defaults.ts
var BUILTIN_TRAINERS = ["builtin:logistic-regression", "builtin:linear-regression", "builtin:gradient-boosted-trees"];
var DEFAULT_OUTPUTS = ["model.onnx", "metrics.json", "plots/**"];

export {
  BUILTIN_TRAINERS,
  DEFAULT_OUTPUTS
};
