import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-OST5ATCQ.mjs";
import {
  initStep
} from "./chunk-EHFQSNQN.mjs";
import {
  inferSchemaStep
} from "./chunk-T7RD6URN.mjs";
import {
  commentStep
} from "./chunk-G4ANCSAW.mjs";
import {
  deployStep
} from "./chunk-YNE55OGM.mjs";
import {
  evaluateGateStep
} from "./chunk-37CXARRV.mjs";
import {
  monitorStep
} from "./chunk-GC5ADM26.mjs";
import {
  publishModelStep
} from "./chunk-5Y25YP26.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-573EF76I.mjs";
import {
  validateDataStep
} from "./chunk-6UGDFFBU.mjs";

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
