import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-FNCJWWF2.mjs";
import {
  evaluateGateStep
} from "../chunks/chunk-DIICJ5S3.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
