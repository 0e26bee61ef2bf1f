import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-FP5MB47J.mjs";
import "../chunks/chunk-CL5L3QZJ.mjs";
import "../chunks/chunk-WGVFVRXF.mjs";
import "../chunks/chunk-OC5YVIDR.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-WCHKJKRT.mjs";
import "../chunks/chunk-W2JCHEKP.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-4U4NEWWT.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-PHE22FVQ.mjs";
import "../chunks/chunk-AKS52OQA.mjs";
import "../chunks/chunk-72XP3GE7.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-YIPUQNOO.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-R7B7WND3.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-ZN2HXPRW.mjs";
import "../chunks/chunk-SMF6QWCL.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-GWN3UMFV.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-O6XLE3K7.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-7S2BFIIM.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-22UNZHIA.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-GCHFRX7U.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import {
  __toESM
} from "../chunks/chunk-4NDXX6IS.mjs";

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
