import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  readModelSignature,
  signatureOf
} from "./chunk-NARU4ZN7.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  readModelSignature,
  signatureOf
};
