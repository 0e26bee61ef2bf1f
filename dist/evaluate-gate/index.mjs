import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-MWICB7TM.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-BOKQHP3G.mjs";
import "../chunks/chunk-EO7QQOQA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
