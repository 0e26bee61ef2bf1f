import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
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
} from "./chunk-FXCGN6ET.mjs";
import "./chunk-HI6DBT65.mjs";
import "./chunk-FLES3SGM.mjs";
import {
  GITHUB_STEP_INPUTS
} from "./chunk-3IG6QDVB.mjs";
import "./chunk-6AG5JHL2.mjs";
import "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
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
