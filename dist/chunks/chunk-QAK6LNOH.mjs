import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  commentStep
} from "./chunk-FC7ICEJ7.mjs";
import {
  evaluateGateStep
} from "./chunk-BOKQHP3G.mjs";

// shared/steps/registry.ts
var steps = [evaluateGateStep, commentStep].map((s) => s);
function findStep(name) {
  return steps.find((s) => s.name === name);
}

export {
  steps,
  findStep
};
