import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-37DNSH3N.mjs";
import "./chunk-CEBO3TQT.mjs";
import "./chunk-RI2URI3H.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
};
