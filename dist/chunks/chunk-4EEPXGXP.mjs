import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  DatasetProfile,
  scanData
} from "./chunk-E6H5GRHK.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/reference.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
async function loadReference(reference, schema, delimiter) {
  if (extname(reference).toLowerCase() === ".json") return readStatisticsFile(reference);
  const scan = await scanData([reference], { checkRules: false, ...schema ? { schema } : {}, ...delimiter ? { delimiter } : {} });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(`The reference data cannot be read: ${failure.message}`, "input reference", "Point reference at a readable data file or at a statistics.json from an earlier run.");
  return scan.profile;
}
async function readStatisticsFile(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    const code = err.code;
    throw new UserError(
      code === "ENOENT" ? `The statistics file ${path} does not exist.` : `The statistics file ${path} is not readable JSON (${err.message}).`,
      path,
      "Pass a statistics.json written by validate-data (download the reference run's artifact first).",
      { file: path }
    );
  }
  return DatasetProfile.fromJSON(json, path);
}

export {
  loadReference,
  readStatisticsFile
};
