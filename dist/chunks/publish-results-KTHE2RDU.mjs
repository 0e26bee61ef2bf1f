import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
} from "./chunk-FWE2O4YD.mjs";
import "./chunk-HI6DBT65.mjs";
import "./chunk-FLES3SGM.mjs";
import "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  checkConclusion,
  checkTitle,
  overrideBanner,
  publishTargetFromContext,
  publishToPullRequest
};
