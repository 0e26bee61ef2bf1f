import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  runStep
} from "./chunk-WSP45XC5.mjs";
import "./chunk-RH5E52XH.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  runStep
};
