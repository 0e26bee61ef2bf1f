import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TN7JEYL4.mjs";
import {
  commentStep
} from "../chunks/chunk-QUT4YMXB.mjs";
import "../chunks/chunk-NX2KUR2B.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
