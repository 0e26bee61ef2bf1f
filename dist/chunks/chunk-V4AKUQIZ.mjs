import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-Z4KFMZE3.mjs";
import {
  initStep
} from "./chunk-L6PWQL5D.mjs";
import {
  inferSchemaStep
} from "./chunk-QX2ZRFUE.mjs";
import {
  commentStep
} from "./chunk-67JIHLDW.mjs";
import {
  deployStep
} from "./chunk-66A72VBF.mjs";
import {
  evaluateGateStep
} from "./chunk-XO2O32S4.mjs";
import {
  monitorStep
} from "./chunk-BNTHS3DS.mjs";
import {
  publishModelStep
} from "./chunk-AK7EIPPL.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-5LHT767B.mjs";
import {
  validateDataStep
} from "./chunk-XXHWWCVH.mjs";

// shared/steps/registry.ts
var asStep = (s) => s;
var steps = [validateDataStep, trainModelStep, evaluateGateStep, selectModelStep, commentStep, publishModelStep, deployStep, monitorStep].map(asStep);
var cliOnlyCommands = [inferSchemaStep, initStep, serveStep].map(asStep);
function findStep(name) {
  return steps.find((s) => s.name === name);
}
function findCommand(name) {
  return findStep(name) ?? cliOnlyCommands.find((s) => s.name === name);
}

export {
  steps,
  cliOnlyCommands,
  findStep,
  findCommand
};
