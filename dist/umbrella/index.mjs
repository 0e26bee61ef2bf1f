import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  getInput,
  runStepOnRunner,
  setFailed
} from "../chunks/chunk-FNCJWWF2.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-CKU6RLJD.mjs";
import {
  __toESM,
  require_dist
} from "../chunks/chunk-DIICJ5S3.mjs";

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
