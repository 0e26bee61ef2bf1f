import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  sha256FileFramedInBackground
} from "./chunk-EJIIICSG.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  sha256FileFramedInBackground
};
