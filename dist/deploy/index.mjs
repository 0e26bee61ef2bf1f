import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  deployStep
} from "../chunks/chunk-YNE55OGM.mjs";
import "../chunks/chunk-4RKKLANI.mjs";
import "../chunks/chunk-KEBLBNGT.mjs";
import "../chunks/chunk-F4NPBFY6.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-34I7MC7M.mjs";
import "../chunks/chunk-VV3CKB34.mjs";
import "../chunks/chunk-SNMGHEJB.mjs";
import "../chunks/chunk-PV2N7Z3O.mjs";
import "../chunks/chunk-WXBC2U5P.mjs";
import "../chunks/chunk-BFI5XRZB.mjs";
import "../chunks/chunk-UOA73PBS.mjs";
import "../chunks/chunk-F2MZNOSI.mjs";
import "../chunks/chunk-GCHFRX7U.mjs";
import "../chunks/chunk-WVQARYMP.mjs";
import "../chunks/chunk-PWERFMPE.mjs";
import "../chunks/chunk-4NDXX6IS.mjs";

// actions/deploy/index.ts
await runStepOnRunner(deployStep);
