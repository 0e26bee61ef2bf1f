import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  deployStep
} from "../chunks/chunk-ZIP5UVSH.mjs";
import "../chunks/chunk-64G5EKIF.mjs";
import "../chunks/chunk-J6E6S55Z.mjs";
import "../chunks/chunk-WAYBQA2S.mjs";
import {
  runStepOnRunner
} from "../chunks/chunk-JGJREJOW.mjs";
import "../chunks/chunk-POKSGDQE.mjs";
import "../chunks/chunk-IKTIAIEY.mjs";
import "../chunks/chunk-FV473KDE.mjs";
import "../chunks/chunk-N4OCYZK2.mjs";
import "../chunks/chunk-K2VXTGZW.mjs";
import "../chunks/chunk-PM5NLK37.mjs";
import "../chunks/chunk-LMEGT7DZ.mjs";
import "../chunks/chunk-Y5HJ3DQY.mjs";
import "../chunks/chunk-AR3GCIHW.mjs";

// actions/deploy/index.ts
await runStepOnRunner(deployStep);
