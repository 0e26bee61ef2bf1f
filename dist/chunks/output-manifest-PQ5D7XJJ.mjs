import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  OUTPUT_LOCK,
  OUTPUT_MANIFEST,
  claimOutputDir,
  listedFiles,
  markWritten,
  verifyOutputManifest,
  writeOutputManifest
} from "./chunk-N4OCYZK2.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  OUTPUT_LOCK,
  OUTPUT_MANIFEST,
  claimOutputDir,
  listedFiles,
  markWritten,
  verifyOutputManifest,
  writeOutputManifest
};
