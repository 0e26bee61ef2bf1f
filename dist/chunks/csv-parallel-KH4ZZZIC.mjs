import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThread,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-VFDZXXU3.mjs";
import "./chunk-CW5BV43U.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-C7X5XRUW.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThread,
  startCsvReadThreads,
  streamCsvInParallel
};
