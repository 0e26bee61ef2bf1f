import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TDA5TCUW.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-VB5L7NWG.mjs";
import "../chunks/chunk-3764IPDD.mjs";
import "../chunks/chunk-JOQS3AYA.mjs";
import "../chunks/chunk-HLRXZ62J.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-TKLDTNLL.mjs";
import "../chunks/chunk-ANN37CZQ.mjs";
import {
  require_dist
} from "../chunks/chunk-UUZFRX7K.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-I5K5EYXP.mjs";
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
