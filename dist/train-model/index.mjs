import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  trainModelStep
} from "../chunks/chunk-HYWDNYER.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-C2VWTQXC.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-6S2IIISV.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/train-model/index.ts
await runStepOnRunner(trainModelStep);
