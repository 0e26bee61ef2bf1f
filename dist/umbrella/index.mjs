import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-HTVYXENR.mjs";
import "../chunks/chunk-RP6IGXXV.mjs";
import "../chunks/chunk-KY45RKLW.mjs";
import "../chunks/chunk-YELRR4HB.mjs";
import "../chunks/chunk-YQMANWY7.mjs";
import "../chunks/chunk-HYWDNYER.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-BBN5K4BU.mjs";
import "../chunks/chunk-7SY4YXBS.mjs";
import {
  require_dist
} from "../chunks/chunk-C2VWTQXC.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-FKGL4H5Z.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-6S2IIISV.mjs";
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
