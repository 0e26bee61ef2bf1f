import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  findStep,
  steps
} from "../chunks/chunk-HPXDKUCA.mjs";
import "../chunks/chunk-MHQBIKOP.mjs";
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
import "../chunks/chunk-XY7JK5JL.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-6VNCJUBA.mjs";
import "../chunks/chunk-WKRJA3LE.mjs";
import "../chunks/chunk-PEPV4RQA.mjs";
import "../chunks/chunk-7QN7DFOY.mjs";
import "../chunks/chunk-H6FU42OE.mjs";
import "../chunks/chunk-64G5EKIF.mjs";
import "../chunks/chunk-56FUZF7V.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-BM7HCNPD.mjs";
import "../chunks/chunk-SKBVCNUM.mjs";
import "../chunks/chunk-UACS73XL.mjs";
import "../chunks/chunk-T6CJFU75.mjs";
import "../chunks/chunk-6V7QCOTQ.mjs";
import "../chunks/chunk-RHRSB3K6.mjs";
import "../chunks/chunk-MUF43UFQ.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-OCBPREJU.mjs";
import "../chunks/chunk-VTEOVQ7Q.mjs";
import "../chunks/chunk-SKS7E2VR.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-X5Y6UH6C.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-IKTIAIEY.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-MAHPFDQB.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-TKCRH3Q3.mjs";
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
