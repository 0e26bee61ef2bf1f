import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-VU6WOO4F.mjs";
import {
  initStep
} from "./chunk-POR2FHFH.mjs";
import {
  inferSchemaStep
} from "./chunk-W3CQ2ATT.mjs";
import {
  commentStep
} from "./chunk-FQEH75EL.mjs";
import {
  deployStep
} from "./chunk-KPT2ZV5U.mjs";
import {
  evaluateGateStep
} from "./chunk-SO2ZEJQZ.mjs";
import {
  monitorStep
} from "./chunk-5SUSWIOF.mjs";
import {
  publishModelStep
} from "./chunk-FXNGQYMQ.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-PMNWLCGQ.mjs";
import {
  validateDataStep
} from "./chunk-QKUF4WDG.mjs";

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
