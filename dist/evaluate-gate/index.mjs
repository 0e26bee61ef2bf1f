import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TDA5TCUW.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-JOQS3AYA.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-ANN37CZQ.mjs";
import "../chunks/chunk-UUZFRX7K.mjs";
import "../chunks/chunk-I5K5EYXP.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-GSGR6JB4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
