import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  DATA_FILE,
  dataAnnotations,
  openGitHubSession,
  overrideFromLabel,
  parseCommentMode,
  publishStepResult,
  repositoryPath,
  ruleAnnotations,
  shareStepResults
} from "./chunk-VYT3BKDJ.mjs";
import "./chunk-B236IMNV.mjs";
import "./chunk-W3R24WOA.mjs";
import {
  GITHUB_STEP_INPUTS
} from "./chunk-6T6PVVXI.mjs";
import "./chunk-DQIGQJDU.mjs";
import "./chunk-RH5E52XH.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-PM5NLK37.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  DATA_FILE,
  GITHUB_STEP_INPUTS,
  dataAnnotations,
  openGitHubSession,
  overrideFromLabel,
  parseCommentMode,
  publishStepResult,
  repositoryPath,
  ruleAnnotations,
  shareStepResults
};
