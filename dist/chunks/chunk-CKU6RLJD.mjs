import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  evaluateGateStep
} from "./chunk-DIICJ5S3.mjs";

// shared/steps/registry.ts
var steps = [evaluateGateStep];
function findStep(name) {
  return steps.find((s) => s.name === name);
}

export {
  steps,
  findStep
};
