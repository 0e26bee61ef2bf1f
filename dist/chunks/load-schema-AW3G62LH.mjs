import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  loadDataSchema,
  parseDataSchema
} from "./chunk-AZ5JKRPQ.mjs";
import "./chunk-YKTM2BZU.mjs";
import "./chunk-IBXA3ZOQ.mjs";
import "./chunk-NJ4I72ZN.mjs";
import "./chunk-XIYFUSOM.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  loadDataSchema,
  parseDataSchema
};
