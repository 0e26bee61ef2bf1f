import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  require_dist
} from "./chunk-23JAX4CU.mjs";
import "./chunk-EA5Z3OOL.mjs";
import "./chunk-4NDXX6IS.mjs";
export default require_dist();
