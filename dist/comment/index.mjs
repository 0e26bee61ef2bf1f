import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-MWICB7TM.mjs";
import {
  commentStep
} from "../chunks/chunk-FC7ICEJ7.mjs";
import "../chunks/chunk-EO7QQOQA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
