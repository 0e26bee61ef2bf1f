import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  applyOverrideLabel,
  hasOverrideLabel
} from "./chunk-UBM7DTMC.mjs";
import "./chunk-X7TVYUG6.mjs";
import "./chunk-CJDA73CS.mjs";
import "./chunk-ACEXHTKS.mjs";
import "./chunk-TRVXNPE4.mjs";
import {
  DEFAULT_OVERRIDE_LABEL
} from "./chunk-6T6PVVXI.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  DEFAULT_OVERRIDE_LABEL,
  applyOverrideLabel,
  hasOverrideLabel
};
