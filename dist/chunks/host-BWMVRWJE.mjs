import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  createCliHost
} from "./chunk-3PCHGXUM.mjs";
import "./chunk-POKSGDQE.mjs";
import "./chunk-CBWUPSOS.mjs";
import "./chunk-TKCRH3Q3.mjs";
import "./chunk-LMEGT7DZ.mjs";
import "./chunk-K2VXTGZW.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-AR3GCIHW.mjs";
export {
  createCliHost
};
