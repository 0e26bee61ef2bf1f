import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  GitHubUnavailableError,
  OPERATIONS,
  callGitHub,
  createGitHubClient,
  explainGitHubError,
  isMissingPermission
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  GitHubUnavailableError,
  OPERATIONS,
  callGitHub,
  createGitHubClient,
  explainGitHubError,
  isMissingPermission
};
