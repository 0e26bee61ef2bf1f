import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  scanData
} from "./chunks/chunk-55XX4WVS.mjs";
import "./chunks/chunk-PU7PIBU4.mjs";
import "./chunks/chunk-YCFNLZYA.mjs";

// shared/validate/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { files, options } = workerData;
var scan = await scanData(files, options);
parentPort.postMessage({ ...scan, profile: scan.profile.toJSON(), duplicates: void 0 });
