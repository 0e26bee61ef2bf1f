import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  actionsArtifactDownloader,
  actionsArtifactUploader
} from "./chunk-5XK2QSWK.mjs";
import "./chunk-X3ZQHFLS.mjs";
import "./chunk-MVLRAL57.mjs";
import "./chunk-PS436ABZ.mjs";
import "./chunk-WHEGDW4F.mjs";
import "./chunk-IKTIAIEY.mjs";
import "./chunk-2AQPTSBR.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-XZKIYCOQ.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  actionsArtifactDownloader,
  actionsArtifactUploader
};
