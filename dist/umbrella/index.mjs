import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-H47F4HPK.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-PG7HDEE6.mjs";
import "../chunks/chunk-I5Y4L2VN.mjs";
import "../chunks/chunk-2M4WXJLI.mjs";
import "../chunks/chunk-QSY3L6O2.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-3V5OBK3X.mjs";
import "../chunks/chunk-K7KIMNJH.mjs";
import {
  require_dist
} from "../chunks/chunk-JG65SPQR.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-WZSOAHXZ.mjs";
import "../chunks/chunk-EFML5JJQ.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-GSGR6JB4.mjs";
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
