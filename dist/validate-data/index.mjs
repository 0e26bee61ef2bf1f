import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  validateDataStep
} from "../chunks/chunk-WWS73YM4.mjs";
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
import "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-HVFF6HEQ.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-42RCFE6G.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-GCHFRX7U.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
