import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-LMEGT7DZ.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  writeFileAtomic,
  writeJsonAtomic
};
