import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TN7JEYL4.mjs";
import {
  trainModelStep
} from "../chunks/chunk-FZPBVJB6.mjs";
import "../chunks/chunk-23HZM3YN.mjs";
import "../chunks/chunk-57RGPWEQ.mjs";
import "../chunks/chunk-NX2KUR2B.mjs";
import "../chunks/chunk-WFL6K6HL.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/train-model/index.ts
await runStepOnRunner(trainModelStep);
