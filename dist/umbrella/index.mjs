import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-G6GYPYRG.mjs";
import "../chunks/chunk-QAYQ6WX2.mjs";
import "../chunks/chunk-IK72KF6A.mjs";
import "../chunks/chunk-BDGIUQUS.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-OG2MFZY4.mjs";
import "../chunks/chunk-W25C42UI.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-3WUXJTR3.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-FVDPAQDW.mjs";
import "../chunks/chunk-X75F2KN2.mjs";
import "../chunks/chunk-XN2KOLLP.mjs";
import "../chunks/chunk-CVRB4TQV.mjs";
import "../chunks/chunk-VGAFYLGQ.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-PEKRI56W.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-L3MZQNKG.mjs";
import "../chunks/chunk-OALLZYJA.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-ZCQK4DNQ.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-GOOTJC5Z.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-ULHMFD26.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-5UPBE6UA.mjs";
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
