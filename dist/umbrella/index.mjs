import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-IWSRKIAE.mjs";
import "../chunks/chunk-SZHTRF5O.mjs";
import "../chunks/chunk-E657OAD6.mjs";
import "../chunks/chunk-S4EL5F6H.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-CIKYPGCZ.mjs";
import "../chunks/chunk-GCQUOW4W.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-BKNX4WTW.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-4PCTPIIW.mjs";
import "../chunks/chunk-27SNJJ7W.mjs";
import "../chunks/chunk-CDC5BFEW.mjs";
import "../chunks/chunk-25KXHUN6.mjs";
import "../chunks/chunk-4YJNLHK7.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-FVYWFVMB.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-CIMPNRLY.mjs";
import "../chunks/chunk-W7APDLV2.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-5I2VETZS.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-NTK6WBLG.mjs";
import "../chunks/chunk-QHHT6YHY.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-YJZECIZQ.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
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
