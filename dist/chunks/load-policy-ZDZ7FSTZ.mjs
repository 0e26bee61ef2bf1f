import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  loadGatePolicy,
  parseGatePolicy
} from "./chunk-DODNYERR.mjs";
import "./chunk-H22PK2GO.mjs";
import "./chunk-GALJ5ZCG.mjs";
import "./chunk-6Y6UUE6Q.mjs";
import "./chunk-GR73T2LK.mjs";
import "./chunk-DYWEVUKM.mjs";
import "./chunk-PEPV4RQA.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  loadGatePolicy,
  parseGatePolicy
};
