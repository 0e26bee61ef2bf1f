import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-IQQ2CABX.mjs";
import {
  selectModelStep
} from "../chunks/chunk-RL65WV5Q.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import "../chunks/chunk-7O2ICE4C.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/select-model/index.ts
await runStepOnRunner(selectModelStep);
