import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  actionsArtifactDownloader,
  actionsArtifactUploader
} from "./chunk-OQVI7S2I.mjs";
import "./chunk-D2JPEGPM.mjs";
import "./chunk-NI3MXOQQ.mjs";
import "./chunk-6V7PLJ64.mjs";
import "./chunk-F3W6LORK.mjs";
import "./chunk-WN4AXQJE.mjs";
import "./chunk-CJDA73CS.mjs";
import "./chunk-ACEXHTKS.mjs";
import "./chunk-TRVXNPE4.mjs";
import "./chunk-KIGGRBSE.mjs";
import "./chunk-RH5E52XH.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  actionsArtifactDownloader,
  actionsArtifactUploader
};
