import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-V4AKUQIZ.mjs";
import "../chunks/chunk-Z4KFMZE3.mjs";
import "../chunks/chunk-L6PWQL5D.mjs";
import "../chunks/chunk-QX2ZRFUE.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-67JIHLDW.mjs";
import "../chunks/chunk-66A72VBF.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-XO2O32S4.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-BNTHS3DS.mjs";
import "../chunks/chunk-AK7EIPPL.mjs";
import "../chunks/chunk-32EKFBHR.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-5LHT767B.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-XXHWWCVH.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-Y6PF5OLG.mjs";
import "../chunks/chunk-KVGAACSQ.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-DBMGIWXE.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-3J35WL2T.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-EM2SI6NK.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-PGKMNUN7.mjs";
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
