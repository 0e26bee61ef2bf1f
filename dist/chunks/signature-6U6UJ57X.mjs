import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  readModelSignature,
  signatureOf
} from "./chunk-IVPEYKAS.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  readModelSignature,
  signatureOf
};
