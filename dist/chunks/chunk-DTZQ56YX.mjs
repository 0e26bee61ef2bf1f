import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-VQ3TMGYE.mjs";
import {
  initStep
} from "./chunk-4BVOY6SV.mjs";
import {
  inferSchemaStep
} from "./chunk-VV347NKX.mjs";
import {
  commentStep
} from "./chunk-FQEH75EL.mjs";
import {
  deployStep
} from "./chunk-UJ6HIAML.mjs";
import {
  evaluateGateStep
} from "./chunk-T32SQTP3.mjs";
import {
  monitorStep
} from "./chunk-XB6KO5SZ.mjs";
import {
  publishModelStep
} from "./chunk-FXNGQYMQ.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-RYZ6NCZO.mjs";
import {
  validateDataStep
} from "./chunk-VF2SSO5E.mjs";

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
