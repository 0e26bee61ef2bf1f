import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-KQSHJA7W.mjs";
import "./chunk-SAJOAI3W.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-RI2URI3H.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
};
