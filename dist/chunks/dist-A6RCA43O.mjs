import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-LO3YHGXS.mjs";
import "./chunk-QK52WE5N.mjs";
import "./chunk-TLFW3MUB.mjs";
export default require_dist();
