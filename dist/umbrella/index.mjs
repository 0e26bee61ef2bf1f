import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  findStep,
  steps
} from "../chunks/chunk-I5C4RXJJ.mjs";
import "../chunks/chunk-VTKVBQMI.mjs";
import "../chunks/chunk-UYZK75OP.mjs";
import "../chunks/chunk-TWMGKQO2.mjs";
import {
  require_dist
} from "../chunks/chunk-MHOJOIAV.mjs";
import "../chunks/chunk-MV4IGV6U.mjs";
import "../chunks/chunk-2U5BTLWY.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-72YZNY7F.mjs";
import "../chunks/chunk-BG3LUX6W.mjs";
import "../chunks/chunk-HOM2N6OW.mjs";
import "../chunks/chunk-N76DMJJT.mjs";
import "../chunks/chunk-5DY7LK4T.mjs";
import "../chunks/chunk-CVRB4TQV.mjs";
import "../chunks/chunk-VC2574HR.mjs";
import "../chunks/chunk-BSNOIG4E.mjs";
import "../chunks/chunk-AYDZ2LYB.mjs";
import "../chunks/chunk-KCHSX7MG.mjs";
import "../chunks/chunk-HJAITZ65.mjs";
import "../chunks/chunk-3IG6QDVB.mjs";
import "../chunks/chunk-BMBV56XA.mjs";
import "../chunks/chunk-K6C65DIO.mjs";
import "../chunks/chunk-I3CLNAZB.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-4Y7IAJ3N.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-RF42V6OO.mjs";
import {
  getInput,
  setFailed
} from "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-CHEPXGZG.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-FSGAE2Z3.mjs";
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
