import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  literal,
  renderPublishSection
} from "./chunk-HRGXB7KS.mjs";
import "./chunk-FLES3SGM.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  literal,
  renderPublishSection
};
