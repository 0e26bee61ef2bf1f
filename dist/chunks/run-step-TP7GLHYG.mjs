import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  runStep
} from "./chunk-EU7WGWCS.mjs";
import "./chunk-U7E5F2JL.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-JJTIRPIA.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  runStep
};
