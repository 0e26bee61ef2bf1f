import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  monitorStep
} from "../chunks/chunk-ONWVZAMT.mjs";
import "../chunks/chunk-MUF43UFQ.mjs";
import "../chunks/chunk-GABS5DHV.mjs";
import "../chunks/chunk-DQIGQJDU.mjs";
import "../chunks/chunk-SKS7E2VR.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-3IHXDZPE.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import "../chunks/chunk-WSP45XC5.mjs";
import "../chunks/chunk-KIGGRBSE.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-RH5E52XH.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-PM5NLK37.mjs";
import "../chunks/chunk-LMEGT7DZ.mjs";
import "../chunks/chunk-Y5HJ3DQY.mjs";
import "../chunks/chunk-TLFW3MUB.mjs";

// actions/monitor/index.ts
await runStepOnRunner(monitorStep);
