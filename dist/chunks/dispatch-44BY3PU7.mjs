import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  dispatchRetraining,
  parseRetrainTarget
} from "./chunk-6SIRVUIX.mjs";
import "./chunk-PS436ABZ.mjs";
import "./chunk-WHEGDW4F.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  dispatchRetraining,
  parseRetrainTarget
};
