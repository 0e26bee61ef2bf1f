import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-T63VIXMT.mjs";
import {
  initStep
} from "./chunk-QTNPSODL.mjs";
import {
  inferSchemaStep
} from "./chunk-7KBIDIH5.mjs";
import {
  commentStep
} from "./chunk-M2GNNNGS.mjs";
import {
  deployStep
} from "./chunk-4ILJJFDP.mjs";
import {
  evaluateGateStep
} from "./chunk-4M5QFERM.mjs";
import {
  monitorStep
} from "./chunk-OHV6BRMC.mjs";
import {
  publishModelStep
} from "./chunk-QGY5ADFC.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-I25JBNHW.mjs";
import {
  validateDataStep
} from "./chunk-JBFEYSLM.mjs";

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
