import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-J5MMDF3H.mjs";
import {
  describeRow,
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  detectFormat,
  loadTable,
  locateCsvRows,
  readCsv,
  readJsonl,
  streamCsv,
  streamJsonObjects,
  streamJsonl,
  streamTable
} from "./chunk-AUKHAFSQ.mjs";
import {
  issueError
} from "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import {
  textAt
} from "./chunk-HMON5L2P.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
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
