import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/model/score-bounds.ts
var SCORE_BOUNDS = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);

export {
  SCORE_BOUNDS
};
