import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-5DUJRKH3.mjs";
import "../chunks/chunk-A5PSNMNW.mjs";
import "../chunks/chunk-7CG4WW63.mjs";
import "../chunks/chunk-53ZX63PH.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-UA2O7JG6.mjs";
import "../chunks/chunk-LMNCR3FN.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-5MBCOPHY.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-QMPH2T65.mjs";
import "../chunks/chunk-SXFU6F6A.mjs";
import "../chunks/chunk-BUZWYCFG.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-FDYF22BI.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-WWS73YM4.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-YSRSGXAJ.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-QNHP6EUZ.mjs";
import "../chunks/chunk-6AG5JHL2.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-I2FLR34M.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-RJKKXVQB.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-HVFF6HEQ.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-42RCFE6G.mjs";
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
