import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-IQQ2CABX.mjs";
import {
  validateDataStep
} from "../chunks/chunk-G37KTKBO.mjs";
import "../chunks/chunk-2K4Q2QPQ.mjs";
import "../chunks/chunk-QQLUY5J6.mjs";
import "../chunks/chunk-L45YMLCV.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import "../chunks/chunk-7O2ICE4C.mjs";
import "../chunks/chunk-HE7GZXPI.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-NCQGA5NI.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
