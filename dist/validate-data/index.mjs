import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TN7JEYL4.mjs";
import {
  validateDataStep
} from "../chunks/chunk-QJL6B25A.mjs";
import "../chunks/chunk-YPFXS3ZP.mjs";
import "../chunks/chunk-57RGPWEQ.mjs";
import "../chunks/chunk-NX2KUR2B.mjs";
import "../chunks/chunk-A3MXSILV.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-WFL6K6HL.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
