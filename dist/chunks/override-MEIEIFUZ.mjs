import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  applyOverrideLabel,
  hasOverrideLabel
} from "./chunk-CZKI5ARN.mjs";
import "./chunk-X7TVYUG6.mjs";
import "./chunk-PS436ABZ.mjs";
import "./chunk-WHEGDW4F.mjs";
import {
  DEFAULT_OVERRIDE_LABEL
} from "./chunk-6T6PVVXI.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  DEFAULT_OVERRIDE_LABEL,
  applyOverrideLabel,
  hasOverrideLabel
};
