import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
} from "./chunk-T52S5FOO.mjs";
import "./chunk-EQQBRQZB.mjs";
import "./chunk-F6LM76Q4.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";
export {
  CsvReadThreads,
  startCsvReadThreads,
  streamCsvInParallel
};
