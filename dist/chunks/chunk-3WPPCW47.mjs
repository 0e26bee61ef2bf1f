import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-OST5ATCQ.mjs";
import {
  initStep
} from "./chunk-LHUZ4HRX.mjs";
import {
  inferSchemaStep
} from "./chunk-CRUHNDL7.mjs";
import {
  commentStep
} from "./chunk-G4ANCSAW.mjs";
import {
  deployStep
} from "./chunk-P2FFJBGG.mjs";
import {
  evaluateGateStep
} from "./chunk-ERA5V3UI.mjs";
import {
  monitorStep
} from "./chunk-DIABACFY.mjs";
import {
  publishModelStep
} from "./chunk-5Y25YP26.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-N4W2GR3G.mjs";
import {
  validateDataStep
} from "./chunk-YFQX7IVV.mjs";

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
