import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-QAYQ6WX2.mjs";
import {
  inferSchemaStep
} from "./chunk-IK72KF6A.mjs";
import {
  serveStep
} from "./chunk-BDGIUQUS.mjs";
import {
  commentStep
} from "./chunk-OG2MFZY4.mjs";
import {
  deployStep
} from "./chunk-W25C42UI.mjs";
import {
  evaluateGateStep
} from "./chunk-3WUXJTR3.mjs";
import {
  monitorStep
} from "./chunk-FVDPAQDW.mjs";
import {
  publishModelStep
} from "./chunk-X75F2KN2.mjs";
import {
  selectModelStep
} from "./chunk-CVRB4TQV.mjs";
import {
  trainModelStep
} from "./chunk-VGAFYLGQ.mjs";
import {
  validateDataStep
} from "./chunk-PEKRI56W.mjs";

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
