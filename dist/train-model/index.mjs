import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TLUH2E6U.mjs";
import {
  trainModelStep
} from "../chunks/chunk-5QD6UZXX.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-X5RB3J7K.mjs";
import "../chunks/chunk-VTJZYDDF.mjs";
import "../chunks/chunk-YL223LG2.mjs";
import "../chunks/chunk-ZZM3NZI5.mjs";
import "../chunks/chunk-74NWF76V.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/train-model/index.ts
await runStepOnRunner(trainModelStep);
