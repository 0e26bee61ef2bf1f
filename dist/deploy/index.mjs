import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  deployStep
} from "../chunks/chunk-4ILJJFDP.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-ZJTWU4N4.mjs";
import "../chunks/chunk-QH5IOYK2.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-QL3OECL6.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-55MBRPZX.mjs";
import "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-Y4LT42YJ.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-5UPBE6UA.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-DGJZWTQI.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// actions/deploy/index.ts
await runStepOnRunner(deployStep);
