import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import "./chunk-RPFRGKYZ.mjs";
import {
  locateCsvRows
} from "./chunk-K7ABPFN3.mjs";
import {
  detectFormat,
  issueError,
  loadTable,
  readCsv,
  readJsonl,
  streamCsv,
  streamJsonObjects,
  streamJsonl,
  streamTable
} from "./chunk-VBEKBVIM.mjs";
import {
  describeRow,
  findColumn
} from "./chunk-WKRJA3LE.mjs";
import {
  textAt
} from "./chunk-B56GY6F4.mjs";
import "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";
export {
  describeRow,
  detectFormat,
  findColumn,
  issueError,
  loadTable,
  locateCsvRows,
  readCsv,
  readJsonl,
  streamCsv,
  streamJsonObjects,
  streamJsonl,
  streamTable,
  textAt
};
