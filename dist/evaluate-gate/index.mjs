import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  evaluateGateStep
} from "../chunks/chunk-GPZVPLEU.mjs";
import "../chunks/chunk-TYKU4UA5.mjs";
import "../chunks/chunk-6T6PVVXI.mjs";
import "../chunks/chunk-USXF6FRD.mjs";
import "../chunks/chunk-ATUZJAFA.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-CZN565GB.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import "../chunks/chunk-IKTIAIEY.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-2AQPTSBR.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-XZKIYCOQ.mjs";
import "../chunks/chunk-LMEGT7DZ.mjs";
import "../chunks/chunk-Y5HJ3DQY.mjs";
import "../chunks/chunk-AR3GCIHW.mjs";

// actions/evaluate-gate/index.ts
await runStepOnRunner(evaluateGateStep);
