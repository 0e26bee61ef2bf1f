import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThread,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThread,
  startCsvReadThreads,
  streamCsvInParallel
};
