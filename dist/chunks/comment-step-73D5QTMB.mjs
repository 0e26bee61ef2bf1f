import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  commentStep,
  createCommentStep
} from "./chunk-UA2O7JG6.mjs";
import "./chunk-3IG6QDVB.mjs";
import "./chunk-F2MZNOSI.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  commentStep,
  createCommentStep
};
