import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-CL5L3QZJ.mjs";
import {
  initStep
} from "./chunk-WGVFVRXF.mjs";
import {
  inferSchemaStep
} from "./chunk-OC5YVIDR.mjs";
import {
  commentStep
} from "./chunk-WCHKJKRT.mjs";
import {
  deployStep
} from "./chunk-W2JCHEKP.mjs";
import {
  evaluateGateStep
} from "./chunk-4U4NEWWT.mjs";
import {
  monitorStep
} from "./chunk-PHE22FVQ.mjs";
import {
  publishModelStep
} from "./chunk-AKS52OQA.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-YIPUQNOO.mjs";
import {
  validateDataStep
} from "./chunk-R7B7WND3.mjs";

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
