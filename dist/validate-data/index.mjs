import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-BV66LWFV.mjs";
import {
  validateDataStep
} from "../chunks/chunk-LT6DNIRZ.mjs";
import "../chunks/chunk-FQDUH4AO.mjs";
import "../chunks/chunk-KVNMLJLH.mjs";
import "../chunks/chunk-55XX4WVS.mjs";
import "../chunks/chunk-PU7PIBU4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
