import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  commentStep
} from "../chunks/chunk-RP6IGXXV.mjs";
import "../chunks/chunk-EQTXTZOH.mjs";
import "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
