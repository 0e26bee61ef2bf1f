import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  dispatchRetraining,
  parseRetrainTarget
} from "./chunk-G3EGDRVH.mjs";
import "./chunk-CJDA73CS.mjs";
import "./chunk-ACEXHTKS.mjs";
import "./chunk-TRVXNPE4.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  dispatchRetraining,
  parseRetrainTarget
};
