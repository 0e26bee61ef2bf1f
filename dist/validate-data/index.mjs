import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-U5MFGJLG.mjs";
import {
  validateDataStep
} from "../chunks/chunk-PIK4KIB4.mjs";
import "../chunks/chunk-7FVVZHET.mjs";
import "../chunks/chunk-PZUF4SEF.mjs";
import "../chunks/chunk-55XX4WVS.mjs";
import "../chunks/chunk-PU7PIBU4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
