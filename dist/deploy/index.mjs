import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  deployStep
} from "../chunks/chunk-W25C42UI.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-L3MZQNKG.mjs";
import "../chunks/chunk-OALLZYJA.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-ZCQK4DNQ.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-GOOTJC5Z.mjs";
import "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-ULHMFD26.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-5UPBE6UA.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-FESHSN32.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// actions/deploy/index.ts
await runStepOnRunner(deployStep);
