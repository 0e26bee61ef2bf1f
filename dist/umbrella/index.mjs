import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-BV66LWFV.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-BCNVMQAE.mjs";
import "../chunks/chunk-HOCJYHZ3.mjs";
import "../chunks/chunk-NYKX2J5N.mjs";
import "../chunks/chunk-LT6DNIRZ.mjs";
import {
  require_dist
} from "../chunks/chunk-FQDUH4AO.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-KVNMLJLH.mjs";
import "../chunks/chunk-55XX4WVS.mjs";
import "../chunks/chunk-PU7PIBU4.mjs";
import {
  __toESM
} from "../chunks/chunk-YCFNLZYA.mjs";

// shared/steps/umbrella.ts
var import_yaml2 = __toESM(require_dist(), 1);

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
