import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-ZNTEHIEZ.mjs";
import {
  inferSchemaStep
} from "./chunk-2GWAI3RR.mjs";
import {
  serveStep
} from "./chunk-R4WE5PWF.mjs";
import {
  commentStep
} from "./chunk-LIFKI3DX.mjs";
import {
  deployStep
} from "./chunk-PUHNDDJQ.mjs";
import {
  evaluateGateStep
} from "./chunk-4QU5CT6P.mjs";
import {
  monitorStep
} from "./chunk-GWKWR42C.mjs";
import {
  publishModelStep
} from "./chunk-WLKI3C36.mjs";
import {
  selectModelStep
} from "./chunk-DZ56N7HU.mjs";
import {
  trainModelStep
} from "./chunk-SQJA2BV2.mjs";
import {
  validateDataStep
} from "./chunk-22OVPK3E.mjs";

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
