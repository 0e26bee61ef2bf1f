import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-KY45RKLW.mjs";
import "../chunks/chunk-YQMANWY7.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-7SY4YXBS.mjs";
import "../chunks/chunk-C2VWTQXC.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-6S2IIISV.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
