import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  actionsArtifactDownloader,
  actionsArtifactUploader
} from "./chunk-RMHSWTB7.mjs";
import "./chunk-X3ZQHFLS.mjs";
import "./chunk-MVLRAL57.mjs";
import "./chunk-PS436ABZ.mjs";
import "./chunk-WHEGDW4F.mjs";
import "./chunk-IKTIAIEY.mjs";
import "./chunk-N4OCYZK2.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  actionsArtifactDownloader,
  actionsArtifactUploader
};
