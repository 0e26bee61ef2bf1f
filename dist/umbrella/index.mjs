import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-IQQ2CABX.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-4G5TAWNF.mjs";
import "../chunks/chunk-VKZWJEJF.mjs";
import "../chunks/chunk-FX7KLCKC.mjs";
import "../chunks/chunk-RL65WV5Q.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-KPXOTPFW.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-G37KTKBO.mjs";
import "../chunks/chunk-2K4Q2QPQ.mjs";
import {
  require_dist
} from "../chunks/chunk-QQLUY5J6.mjs";
import "../chunks/chunk-L45YMLCV.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-7O2ICE4C.mjs";
import "../chunks/chunk-HE7GZXPI.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-NCQGA5NI.mjs";
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
