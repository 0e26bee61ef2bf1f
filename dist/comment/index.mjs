import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-IQQ2CABX.mjs";
import {
  commentStep
} from "../chunks/chunk-VKZWJEJF.mjs";
import "../chunks/chunk-L45YMLCV.mjs";
import "../chunks/chunk-7O2ICE4C.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
