import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-2JNKPZUF.mjs";
import "../chunks/chunk-5ROFWTA5.mjs";
import "../chunks/chunk-GJSPQBRM.mjs";
import "../chunks/chunk-B32QHXCX.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-OEWYG3VQ.mjs";
import "../chunks/chunk-6IL2EADA.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-G5HLMBP5.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-GX6NIA2Q.mjs";
import "../chunks/chunk-7WQJAFYY.mjs";
import "../chunks/chunk-WXCJNF5F.mjs";
import "../chunks/chunk-7DXK7RD5.mjs";
import "../chunks/chunk-CSWLPE4F.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-22O6H2XY.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-OPFT7EXX.mjs";
import "../chunks/chunk-42BXQA6G.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-Y6HYQLWA.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-5CTOZAXD.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-AP4QPYDI.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-PGKMNUN7.mjs";
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
