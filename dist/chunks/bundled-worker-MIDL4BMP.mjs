import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  findBundledWorker
} from "./chunk-ZTBCRUX7.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  findBundledWorker
};
