import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-VTKVBQMI.mjs";
import {
  inferSchemaStep
} from "./chunk-UYZK75OP.mjs";
import {
  serveStep
} from "./chunk-TWMGKQO2.mjs";
import {
  commentStep
} from "./chunk-MV4IGV6U.mjs";
import {
  deployStep
} from "./chunk-2U5BTLWY.mjs";
import {
  evaluateGateStep
} from "./chunk-72YZNY7F.mjs";
import {
  monitorStep
} from "./chunk-HOM2N6OW.mjs";
import {
  publishModelStep
} from "./chunk-N76DMJJT.mjs";
import {
  selectModelStep
} from "./chunk-CVRB4TQV.mjs";
import {
  trainModelStep
} from "./chunk-VC2574HR.mjs";
import {
  validateDataStep
} from "./chunk-AYDZ2LYB.mjs";

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
