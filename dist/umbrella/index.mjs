import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-LG3VQYGR.mjs";
import "../chunks/chunk-T63VIXMT.mjs";
import "../chunks/chunk-QTNPSODL.mjs";
import "../chunks/chunk-7KBIDIH5.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-M2GNNNGS.mjs";
import "../chunks/chunk-4ILJJFDP.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-4M5QFERM.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-OHV6BRMC.mjs";
import "../chunks/chunk-QGY5ADFC.mjs";
import "../chunks/chunk-NJFKHMEN.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-I25JBNHW.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-JBFEYSLM.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-ZJTWU4N4.mjs";
import "../chunks/chunk-QH5IOYK2.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-QL3OECL6.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-55MBRPZX.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-Y4LT42YJ.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-5UPBE6UA.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-DGJZWTQI.mjs";
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
