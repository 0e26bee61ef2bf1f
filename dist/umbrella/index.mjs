import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TN7JEYL4.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-7PGDASFZ.mjs";
import "../chunks/chunk-QUT4YMXB.mjs";
import "../chunks/chunk-BLIYLBJA.mjs";
import "../chunks/chunk-FZPBVJB6.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-QJL6B25A.mjs";
import "../chunks/chunk-YPFXS3ZP.mjs";
import {
  require_dist
} from "../chunks/chunk-57RGPWEQ.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-NX2KUR2B.mjs";
import "../chunks/chunk-A3MXSILV.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-WFL6K6HL.mjs";
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
