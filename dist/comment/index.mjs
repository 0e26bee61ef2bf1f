import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-BV66LWFV.mjs";
import {
  commentStep
} from "../chunks/chunk-HOCJYHZ3.mjs";
import "../chunks/chunk-KVNMLJLH.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
