import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-D7EKJDH5.mjs";
import "../chunks/chunk-VU6WOO4F.mjs";
import "../chunks/chunk-POR2FHFH.mjs";
import "../chunks/chunk-W3CQ2ATT.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-FQEH75EL.mjs";
import "../chunks/chunk-KPT2ZV5U.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-SO2ZEJQZ.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-5SUSWIOF.mjs";
import "../chunks/chunk-FXNGQYMQ.mjs";
import "../chunks/chunk-7EG6C5S5.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-PMNWLCGQ.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-QKUF4WDG.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-YSRSGXAJ.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-Q7F2B2XL.mjs";
import "../chunks/chunk-GAMWYWPM.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-5E5E6MQX.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-EU7WGWCS.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-U7E5F2JL.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-JJTIRPIA.mjs";
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
