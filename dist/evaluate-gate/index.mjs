import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-IQQ2CABX.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-FX7KLCKC.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-2K4Q2QPQ.mjs";
import "../chunks/chunk-QQLUY5J6.mjs";
import "../chunks/chunk-L45YMLCV.mjs";
import "../chunks/chunk-7O2ICE4C.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-NCQGA5NI.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
