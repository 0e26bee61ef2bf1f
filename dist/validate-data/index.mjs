import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStepOnRunner
} from "../chunks/chunk-TDA5TCUW.mjs";
import {
  validateDataStep
} from "../chunks/chunk-O2S7V66O.mjs";
import "../chunks/chunk-2TBNP7NH.mjs";
import "../chunks/chunk-UUZFRX7K.mjs";
import "../chunks/chunk-I5K5EYXP.mjs";
import "../chunks/chunk-EQWZ6YXS.mjs";
import "../chunks/chunk-JCJ7PNO6.mjs";
import "../chunks/chunk-XDXP3G2T.mjs";
import "../chunks/chunk-YCFNLZYA.mjs";

// actions/validate-data/index.ts
await runStepOnRunner(validateDataStep);
