import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-BV66LWFV.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-NYKX2J5N.mjs";
import "../chunks/chunk-FQDUH4AO.mjs";
import "../chunks/chunk-KVNMLJLH.mjs";
import "../chunks/chunk-PU7PIBU4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
