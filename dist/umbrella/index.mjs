import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  require_dist
} from "../chunks/chunk-DYWEVUKM.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-B2MLUCQQ.mjs";
import "../chunks/chunk-Q7ICAIMX.mjs";
import "../chunks/chunk-ZIP5UVSH.mjs";
import "../chunks/chunk-64G5EKIF.mjs";
import "../chunks/chunk-MHL2BLDV.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-WN4V5YTC.mjs";
import "../chunks/chunk-IYTBLHI5.mjs";
import "../chunks/chunk-X2NRPWKN.mjs";
import "../chunks/chunk-ZVPSJ34U.mjs";
import "../chunks/chunk-6V7QCOTQ.mjs";
import "../chunks/chunk-P6SZN5GX.mjs";
import "../chunks/chunk-MUF43UFQ.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-J6E6S55Z.mjs";
import "../chunks/chunk-WAYBQA2S.mjs";
import "../chunks/chunk-SKS7E2VR.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-JGJREJOW.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-IKTIAIEY.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-N4OCYZK2.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-PM5NLK37.mjs";
import "../chunks/chunk-LMEGT7DZ.mjs";
import "../chunks/chunk-Y5HJ3DQY.mjs";
import {
  __toESM
} from "../chunks/chunk-AR3GCIHW.mjs";

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
