import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TLUH2E6U.mjs";
import {
  commentStep
} from "../chunks/chunk-CJCMYSPT.mjs";
import "../chunks/chunk-YL223LG2.mjs";
import "../chunks/chunk-ZZM3NZI5.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
