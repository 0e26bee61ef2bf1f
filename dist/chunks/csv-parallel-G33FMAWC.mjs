import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-6BH3L2NJ.mjs";
import "./chunk-36XJQJIA.mjs";
import "./chunk-F2KISNSK.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
};
