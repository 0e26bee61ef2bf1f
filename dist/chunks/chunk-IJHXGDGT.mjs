import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  initStep
} from "./chunk-MV3RKZW7.mjs";
import {
  inferSchemaStep
} from "./chunk-EK3QO6U2.mjs";
import {
  serveStep
} from "./chunk-BDGIUQUS.mjs";
import {
  commentStep
} from "./chunk-OG2MFZY4.mjs";
import {
  deployStep
} from "./chunk-F7QO3F6D.mjs";
import {
  evaluateGateStep
} from "./chunk-CQ7BK5PX.mjs";
import {
  monitorStep
} from "./chunk-JWR5FL4W.mjs";
import {
  publishModelStep
} from "./chunk-X75F2KN2.mjs";
import {
  selectModelStep
} from "./chunk-CVRB4TQV.mjs";
import {
  trainModelStep
} from "./chunk-4SBRUQQT.mjs";
import {
  validateDataStep
} from "./chunk-URIIUBHK.mjs";

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
