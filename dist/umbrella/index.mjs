import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  findStep,
  steps
} from "../chunks/chunk-DPX7B3DR.mjs";
import "../chunks/chunk-2D24C5XB.mjs";
import "../chunks/chunk-U6A5XXDV.mjs";
import "../chunks/chunk-GODPZSSW.mjs";
import "../chunks/chunk-H22PK2GO.mjs";
import "../chunks/chunk-EZUTORCC.mjs";
import "../chunks/chunk-GALJ5ZCG.mjs";
import "../chunks/chunk-6Y6UUE6Q.mjs";
import "../chunks/chunk-GR73T2LK.mjs";
import {
  require_dist
} from "../chunks/chunk-DYWEVUKM.mjs";
import "../chunks/chunk-C7UD2C3U.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-E4GX3LBF.mjs";
import "../chunks/chunk-WKRJA3LE.mjs";
import "../chunks/chunk-PEPV4RQA.mjs";
import "../chunks/chunk-MAHY6SEK.mjs";
import "../chunks/chunk-BAX7OC6H.mjs";
import "../chunks/chunk-64G5EKIF.mjs";
import "../chunks/chunk-GPZVPLEU.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-U7GPDPHC.mjs";
import "../chunks/chunk-4NB75ORZ.mjs";
import "../chunks/chunk-UACS73XL.mjs";
import "../chunks/chunk-WQVHGCCP.mjs";
import "../chunks/chunk-6V7QCOTQ.mjs";
import "../chunks/chunk-JTDAPVYA.mjs";
import "../chunks/chunk-MUF43UFQ.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-USXF6FRD.mjs";
import "../chunks/chunk-ATUZJAFA.mjs";
import "../chunks/chunk-SKS7E2VR.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-CZN565GB.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-IKTIAIEY.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-2AQPTSBR.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-XZKIYCOQ.mjs";
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
