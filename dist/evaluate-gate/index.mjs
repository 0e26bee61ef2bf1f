import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  evaluateGateStep
} from "../chunks/chunk-IRC2DMGC.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-GABS5DHV.mjs";
import "../chunks/chunk-DQIGQJDU.mjs";
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

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
