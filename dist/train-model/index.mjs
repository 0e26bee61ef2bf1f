import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-H47F4HPK.mjs";
import {
  trainModelStep
} from "../chunks/chunk-QSY3L6O2.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-JG65SPQR.mjs";
import "../chunks/chunk-WZSOAHXZ.mjs";
import "../chunks/chunk-GSGR6JB4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/train-model/index.ts
await runStepOnRunner(trainModelStep);
