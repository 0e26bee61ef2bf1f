import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-MWICB7TM.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-QAK6LNOH.mjs";
import "../chunks/chunk-FC7ICEJ7.mjs";
import {
  require_dist
} from "../chunks/chunk-BOKQHP3G.mjs";
import {
  __toESM,
  getInput,
  setFailed
} from "../chunks/chunk-EO7QQOQA.mjs";

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
