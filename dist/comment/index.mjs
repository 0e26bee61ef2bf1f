import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TDA5TCUW.mjs";
import {
  commentStep
} from "../chunks/chunk-3764IPDD.mjs";
import "../chunks/chunk-I5K5EYXP.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
