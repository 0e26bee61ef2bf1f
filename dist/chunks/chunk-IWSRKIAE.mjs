import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-SZHTRF5O.mjs";
import {
  initStep
} from "./chunk-E657OAD6.mjs";
import {
  inferSchemaStep
} from "./chunk-S4EL5F6H.mjs";
import {
  commentStep
} from "./chunk-CIKYPGCZ.mjs";
import {
  deployStep
} from "./chunk-GCQUOW4W.mjs";
import {
  evaluateGateStep
} from "./chunk-BKNX4WTW.mjs";
import {
  monitorStep
} from "./chunk-4PCTPIIW.mjs";
import {
  publishModelStep
} from "./chunk-27SNJJ7W.mjs";
import {
  selectModelStep
} from "./chunk-25KXHUN6.mjs";
import {
  trainModelStep
} from "./chunk-4YJNLHK7.mjs";
import {
  validateDataStep
} from "./chunk-FVYWFVMB.mjs";

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
