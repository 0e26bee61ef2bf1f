import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  ARTIFACT_PREFIX,
  parseArtifactReference,
  publishOutputDir,
  resolveInputPath
} from "./chunk-ATUZJAFA.mjs";
import "./chunk-2AQPTSBR.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-XZKIYCOQ.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  ARTIFACT_PREFIX,
  parseArtifactReference,
  publishOutputDir,
  resolveInputPath
};
