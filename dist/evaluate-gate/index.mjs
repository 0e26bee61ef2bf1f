import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TLUH2E6U.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-ZNXXXAJQ.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-OZPRGNGT.mjs";
import "../chunks/chunk-VTJZYDDF.mjs";
import "../chunks/chunk-YL223LG2.mjs";
import "../chunks/chunk-ZZM3NZI5.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-74NWF76V.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
