import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-H47F4HPK.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-2M4WXJLI.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-K7KIMNJH.mjs";
import "../chunks/chunk-JG65SPQR.mjs";
import "../chunks/chunk-WZSOAHXZ.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-GSGR6JB4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
