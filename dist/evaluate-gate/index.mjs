import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-A3ESVIBO.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-ZJ24GNLO.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
