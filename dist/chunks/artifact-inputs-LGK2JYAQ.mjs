import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  ARTIFACT_PREFIX,
  parseArtifactReference,
  publishOutputDir,
  resolveInputPath
} from "./chunk-DQIGQJDU.mjs";
import "./chunk-RH5E52XH.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  ARTIFACT_PREFIX,
  parseArtifactReference,
  publishOutputDir,
  resolveInputPath
};
