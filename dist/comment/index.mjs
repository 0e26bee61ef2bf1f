import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-H47F4HPK.mjs";
import {
  commentStep
} from "../chunks/chunk-I5Y4L2VN.mjs";
import "../chunks/chunk-WZSOAHXZ.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
