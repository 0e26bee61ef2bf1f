import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TLUH2E6U.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-2I65GVOC.mjs";
import "../chunks/chunk-CJCMYSPT.mjs";
import "../chunks/chunk-ZNXXXAJQ.mjs";
import "../chunks/chunk-5C3P3MDO.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-5QD6UZXX.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-X5RB3J7K.mjs";
import "../chunks/chunk-4CAKD2FA.mjs";
import "../chunks/chunk-OZPRGNGT.mjs";
import {
  require_dist
} from "../chunks/chunk-VTJZYDDF.mjs";
import "../chunks/chunk-YL223LG2.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-ZZM3NZI5.mjs";
import "../chunks/chunk-P6722KZ5.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-74NWF76V.mjs";
import {
  __toESM
} from "../chunks/chunk-YCFNLZYA.mjs";

// shared/steps/action-yml.ts
var import_yaml = __toESM(require_dist(), 1);

// shared/steps/umbrella.ts
var UMBRELLA_STEP_INPUT = "step";

// shared/steps/umbrella-entry.ts
var name = getInput(UMBRELLA_STEP_INPUT).trim();
var step = findStep(name);
if (step) {
  await runStepOnRunner(step);
} else {
  setFailed(`Unknown step "${name}". Set ${UMBRELLA_STEP_INPUT} to one of: ${steps.map((s) => s.name).join(", ")}.`);
}
