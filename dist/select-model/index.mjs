import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TLUH2E6U.mjs";
import {
  selectModelStep
} from "../chunks/chunk-5C3P3MDO.mjs";
import "../chunks/chunk-7AUSZIUI.mjs";
import "../chunks/chunk-X5RB3J7K.mjs";
import "../chunks/chunk-ZZM3NZI5.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/select-model/index.ts
await runStepOnRunner(selectModelStep);
