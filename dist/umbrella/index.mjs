import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  require_dist
} from "../chunks/chunk-XIYFUSOM.mjs";
import {
  findStep,
  steps
} from "../chunks/chunk-W2RLOPVZ.mjs";
import "../chunks/chunk-YXAAS4KN.mjs";
import "../chunks/chunk-GYLDJTNO.mjs";
import "../chunks/chunk-64G5EKIF.mjs";
import "../chunks/chunk-IRC2DMGC.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-ONWVZAMT.mjs";
import "../chunks/chunk-YATOVI4E.mjs";
import "../chunks/chunk-Z4R5VC6V.mjs";
import "../chunks/chunk-7I2HMQUS.mjs";
import "../chunks/chunk-AQ6IAXLJ.mjs";
import "../chunks/chunk-6V7QCOTQ.mjs";
import "../chunks/chunk-EOVJ6WW6.mjs";
import "../chunks/chunk-ZTBCRUX7.mjs";
import "../chunks/chunk-MUF43UFQ.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-GABS5DHV.mjs";
import "../chunks/chunk-DQIGQJDU.mjs";
import "../chunks/chunk-SKS7E2VR.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-3IHXDZPE.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import "../chunks/chunk-WSP45XC5.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-KIGGRBSE.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-RH5E52XH.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-PM5NLK37.mjs";
import "../chunks/chunk-LMEGT7DZ.mjs";
import "../chunks/chunk-Y5HJ3DQY.mjs";
import {
  __toESM
} from "../chunks/chunk-TLFW3MUB.mjs";

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
