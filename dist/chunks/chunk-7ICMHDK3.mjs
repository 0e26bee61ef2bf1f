import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-VQ3TMGYE.mjs";
import {
  initStep
} from "./chunk-P7EW7D4Q.mjs";
import {
  inferSchemaStep
} from "./chunk-QGYPUFX7.mjs";
import {
  commentStep
} from "./chunk-FQEH75EL.mjs";
import {
  deployStep
} from "./chunk-7245MXVS.mjs";
import {
  evaluateGateStep
} from "./chunk-AGGAMJQY.mjs";
import {
  monitorStep
} from "./chunk-Z4TD7WYL.mjs";
import {
  publishModelStep
} from "./chunk-FXNGQYMQ.mjs";
import {
  selectModelStep
} from "./chunk-7DXK7RD5.mjs";
import {
  trainModelStep
} from "./chunk-GH7A6ULC.mjs";
import {
  validateDataStep
} from "./chunk-E6HT7Z3P.mjs";

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
