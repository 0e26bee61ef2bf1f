import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-A5PSNMNW.mjs";
import {
  initStep
} from "./chunk-7CG4WW63.mjs";
import {
  inferSchemaStep
} from "./chunk-53ZX63PH.mjs";
import {
  commentStep
} from "./chunk-UA2O7JG6.mjs";
import {
  deployStep
} from "./chunk-LMNCR3FN.mjs";
import {
  evaluateGateStep
} from "./chunk-5MBCOPHY.mjs";
import {
  monitorStep
} from "./chunk-QMPH2T65.mjs";
import {
  publishModelStep
} from "./chunk-SXFU6F6A.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-FDYF22BI.mjs";
import {
  validateDataStep
} from "./chunk-WWS73YM4.mjs";

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
