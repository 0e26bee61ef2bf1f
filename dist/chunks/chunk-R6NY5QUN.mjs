import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  serveStep
} from "./chunk-TTLXUM4M.mjs";
import {
  initStep
} from "./chunk-JQX24EGG.mjs";
import {
  inferSchemaStep
} from "./chunk-5XQLX7K3.mjs";
import {
  commentStep
} from "./chunk-CIKYPGCZ.mjs";
import {
  deployStep
} from "./chunk-TWLJTWVT.mjs";
import {
  evaluateGateStep
} from "./chunk-IGFYQD5A.mjs";
import {
  monitorStep
} from "./chunk-UUEDQ2KJ.mjs";
import {
  publishModelStep
} from "./chunk-LYNQNI5O.mjs";
import {
  selectModelStep
} from "./chunk-25KXHUN6.mjs";
import {
  trainModelStep
} from "./chunk-ETZVKOW5.mjs";
import {
  validateDataStep
} from "./chunk-SEZ4TR4V.mjs";

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
