import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import "./chunk-FXP66TXB.mjs";
import {
  locateCsvRows
} from "./chunk-NUAR2BBI.mjs";
import {
  detectFormat,
  issueError,
  loadTable,
  readCsv,
  readJsonl,
  readParquet,
  streamCsv,
  streamJsonObjects,
  streamJsonl,
  streamParquet,
  streamTable,
  textAt
} from "./chunk-T2FDPCVF.mjs";
import {
  describeRow,
  findColumn
} from "./chunk-WKRJA3LE.mjs";
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
  readParquet,
  streamCsv,
  streamJsonObjects,
  streamJsonl,
  streamParquet,
  streamTable,
  textAt
};
