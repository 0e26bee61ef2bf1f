import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-R7LVIVVX.mjs";
import "../chunks/chunk-ZNTEHIEZ.mjs";
import "../chunks/chunk-2GWAI3RR.mjs";
import "../chunks/chunk-R4WE5PWF.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-LIFKI3DX.mjs";
import "../chunks/chunk-PUHNDDJQ.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-4QU5CT6P.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-GWKWR42C.mjs";
import "../chunks/chunk-WLKI3C36.mjs";
import "../chunks/chunk-XPYFJF25.mjs";
import "../chunks/chunk-DZ56N7HU.mjs";
import "../chunks/chunk-SQJA2BV2.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-22OVPK3E.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-CZWGTPAG.mjs";
import "../chunks/chunk-6HTVTTUS.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-HRZODBLB.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-TDSAZYNW.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-MOSRXN2Q.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-ERRTHYXN.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-FESHSN32.mjs";
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
