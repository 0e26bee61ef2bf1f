import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  validateDataStep
} from "../chunks/chunk-QKUF4WDG.mjs";
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
import "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-U7E5F2JL.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-JJTIRPIA.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-GCHFRX7U.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
