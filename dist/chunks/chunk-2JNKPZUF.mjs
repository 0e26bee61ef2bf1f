import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-5ROFWTA5.mjs";
import {
  initStep
} from "./chunk-GJSPQBRM.mjs";
import {
  inferSchemaStep
} from "./chunk-B32QHXCX.mjs";
import {
  commentStep
} from "./chunk-OEWYG3VQ.mjs";
import {
  deployStep
} from "./chunk-6IL2EADA.mjs";
import {
  evaluateGateStep
} from "./chunk-G5HLMBP5.mjs";
import {
  monitorStep
} from "./chunk-GX6NIA2Q.mjs";
import {
  publishModelStep
} from "./chunk-7WQJAFYY.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-CSWLPE4F.mjs";
import {
  validateDataStep
} from "./chunk-22O6H2XY.mjs";

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
