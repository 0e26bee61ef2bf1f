import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
} from "./chunk-63SB73RW.mjs";
import "./chunk-B236IMNV.mjs";
import "./chunk-W3R24WOA.mjs";
import "./chunk-PS436ABZ.mjs";
import "./chunk-WHEGDW4F.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
};
