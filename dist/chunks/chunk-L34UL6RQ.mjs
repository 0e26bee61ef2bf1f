import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-GDTU7GLA.mjs";
import {
  initStep
} from "./chunk-UAQW4ADB.mjs";
import {
  inferSchemaStep
} from "./chunk-CWLMSNMA.mjs";
import {
  commentStep
} from "./chunk-M2GNNNGS.mjs";
import {
  deployStep
} from "./chunk-6GKSGGL2.mjs";
import {
  evaluateGateStep
} from "./chunk-6ISD5SOA.mjs";
import {
  monitorStep
} from "./chunk-GT2IZ6WZ.mjs";
import {
  publishModelStep
} from "./chunk-QGY5ADFC.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-FRVXCG2M.mjs";
import {
  validateDataStep
} from "./chunk-RAH6TZSO.mjs";

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
