import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
} from "./chunk-XZ3DYW3E.mjs";
import "./chunk-B236IMNV.mjs";
import "./chunk-W3R24WOA.mjs";
import "./chunk-CJDA73CS.mjs";
import "./chunk-ACEXHTKS.mjs";
import "./chunk-TRVXNPE4.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
};
