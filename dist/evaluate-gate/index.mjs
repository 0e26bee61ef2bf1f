import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-U5MFGJLG.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-6LQP75EG.mjs";
import "../chunks/chunk-7FVVZHET.mjs";
import "../chunks/chunk-PZUF4SEF.mjs";
import "../chunks/chunk-PU7PIBU4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
