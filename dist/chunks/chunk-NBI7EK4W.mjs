import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-WYTBG62N.mjs";
import {
  initStep
} from "./chunk-3IHLYNNW.mjs";
import {
  inferSchemaStep
} from "./chunk-4IWJ6TRV.mjs";
import {
  commentStep
} from "./chunk-M2GNNNGS.mjs";
import {
  deployStep
} from "./chunk-MASWMN5Y.mjs";
import {
  evaluateGateStep
} from "./chunk-62X66CBI.mjs";
import {
  monitorStep
} from "./chunk-4PMAQBSR.mjs";
import {
  publishModelStep
} from "./chunk-QGY5ADFC.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-MWC6GGFJ.mjs";
import {
  validateDataStep
} from "./chunk-NXFDHH7B.mjs";

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
