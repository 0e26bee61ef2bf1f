import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-JSAER4PV.mjs";
import "./chunk-JZMEYGZP.mjs";
import "./chunk-XSFK3PPY.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
};
