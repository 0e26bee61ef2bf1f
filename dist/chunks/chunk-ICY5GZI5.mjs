import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-GON3UOMX.mjs";
import {
  inferSchemaStep
} from "./chunk-HPGUFHH4.mjs";
import {
  serveStep
} from "./chunk-JSYCMMOM.mjs";
import {
  commentStep
} from "./chunk-LIFKI3DX.mjs";
import {
  deployStep
} from "./chunk-RF7MOA3H.mjs";
import {
  evaluateGateStep
} from "./chunk-KRRPKTBA.mjs";
import {
  monitorStep
} from "./chunk-BNVCJR7X.mjs";
import {
  publishModelStep
} from "./chunk-5VRM2ITC.mjs";
import {
  selectModelStep
} from "./chunk-QRFPU62K.mjs";
import {
  trainModelStep
} from "./chunk-JPPYEAAQ.mjs";
import {
  validateDataStep
} from "./chunk-UP2GMX3Q.mjs";

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
