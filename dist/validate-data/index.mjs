import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  validateDataStep
} from "../chunks/chunk-BBN5K4BU.mjs";
import "../chunks/chunk-7SY4YXBS.mjs";
import "../chunks/chunk-C2VWTQXC.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-FKGL4H5Z.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-6S2IIISV.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
