import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TDA5TCUW.mjs";
import {
  trainModelStep
} from "../chunks/chunk-HLRXZ62J.mjs";
import "../chunks/chunk-2ZUPARJE.mjs";
import "../chunks/chunk-UUZFRX7K.mjs";
import "../chunks/chunk-I5K5EYXP.mjs";
import "../chunks/chunk-GSGR6JB4.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/train-model/index.ts
await runStepOnRunner(trainModelStep);
