import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-U5MFGJLG.mjs";
import {
  commentStep
} from "../chunks/chunk-7EXOUAWC.mjs";
import "../chunks/chunk-PZUF4SEF.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/comment/index.ts
await runStepOnRunner(commentStep);
