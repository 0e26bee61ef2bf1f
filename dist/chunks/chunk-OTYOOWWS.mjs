import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/model/score-bounds.ts
var SCORE_BOUNDS = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);

export {
  SCORE_BOUNDS
};
