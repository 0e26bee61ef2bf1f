import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  inferSchemaStep
} from "./chunk-TEB73JKP.mjs";
import {
  serveStep
} from "./chunk-PHFQQQUR.mjs";
import {
  initStep
} from "./chunk-D6JZHQJS.mjs";
import {
  commentStep
} from "./chunk-LIFKI3DX.mjs";
import {
  deployStep
} from "./chunk-5XCRX7CQ.mjs";
import {
  evaluateGateStep
} from "./chunk-6AH6K5L4.mjs";
import {
  monitorStep
} from "./chunk-G3VMPWXG.mjs";
import {
  publishModelStep
} from "./chunk-N6ADHVPI.mjs";
import {
  selectModelStep
} from "./chunk-25KXHUN6.mjs";
import {
  trainModelStep
} from "./chunk-CYJKZIKK.mjs";
import {
  validateDataStep
} from "./chunk-YYUTJUCM.mjs";

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
