import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  LabelIndex,
  MAX_LABELS,
  loadLabels
} from "./chunk-T7XCL2U5.mjs";
import "./chunk-RPFRGKYZ.mjs";
import "./chunk-K7ABPFN3.mjs";
import "./chunk-XZUQH4QQ.mjs";
import "./chunk-VBEKBVIM.mjs";
import "./chunk-WKRJA3LE.mjs";
import "./chunk-B56GY6F4.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  LabelIndex,
  MAX_LABELS,
  loadLabels
};
