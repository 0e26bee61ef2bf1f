import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-WKPIWZY6.mjs";
import {
  selectModelStep
} from "../chunks/chunk-YELRR4HB.mjs";
import "../chunks/chunk-YQMANWY7.mjs";
import "../chunks/chunk-VUQFXF5O.mjs";
import "../chunks/chunk-C2TNI2RU.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/select-model/index.ts
await runStepOnRunner(selectModelStep);
