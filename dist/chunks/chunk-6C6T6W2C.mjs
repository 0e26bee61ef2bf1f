import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-HQQFWSND.mjs";
import {
  initStep
} from "./chunk-H7AH2JCR.mjs";
import {
  inferSchemaStep
} from "./chunk-UMQRY34W.mjs";
import {
  commentStep
} from "./chunk-M2GNNNGS.mjs";
import {
  deployStep
} from "./chunk-GYHQXIRJ.mjs";
import {
  evaluateGateStep
} from "./chunk-XSZPM42K.mjs";
import {
  monitorStep
} from "./chunk-GVZAVED2.mjs";
import {
  publishModelStep
} from "./chunk-QGY5ADFC.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-66BOUMZV.mjs";
import {
  validateDataStep
} from "./chunk-YKR362YW.mjs";

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
