import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);
import {
  driftResults,
  renderDataReport
} from "./chunk-LS6IMTVE.mjs";
import {
  loadReference,
  readStatisticsFile
} from "./chunk-KKPCA26U.mjs";
import {
  datasetDrift
} from "./chunk-335XESP2.mjs";
import "./chunk-E6KC5IMJ.mjs";
import "./chunk-JMSWKGEH.mjs";
import "./chunk-5O6E67HN.mjs";
import "./chunk-XZUQH4QQ.mjs";
import "./chunk-JCJ7PNO6.mjs";
import "./chunk-VBEKBVIM.mjs";
import "./chunk-WKRJA3LE.mjs";
import "./chunk-B56GY6F4.mjs";
import "./chunk-W3R24WOA.mjs";
import {
  resolveDataFiles
} from "./chunk-MUF43UFQ.mjs";
import "./chunk-SKS7E2VR.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-LMEGT7DZ.mjs";
import {
  UserError
} from "./chunk-Y5HJ3DQY.mjs";
import "./chunk-TLFW3MUB.mjs";

// shared/validate/merge-statistics.ts
import { join } from "node:path";
async function mergeStatisticsFiles(options) {
  const files = await resolveDataFiles(options.statistics, options.cwd);
  if (files.length < 1) throw new UserError("No statistics files to merge.", "input merge", "List the shards' statistics.json files (download their artifacts first).");
  options.logger.info(`Merging statistics of ${files.length} shard${files.length === 1 ? "" : "s"}`);
  let merged = await readStatisticsFile(files[0]);
  for (const file of files.slice(1)) merged = merged.merge(await readStatisticsFile(file));
  const statistics = merged.toJSON();
  let drift;
  const rules = [];
  if (options.reference) {
    const reference = await loadReference(options.reference, void 0);
    drift = datasetDrift(reference, merged, { driftShare: options.driftShare ?? 0.5 });
    rules.push(...driftResults(drift));
  }
  const passed = !rules.some((r) => r.verdict === "fail");
  const report = renderDataReport({
    statistics,
    rules,
    ...drift ? { drift } : {},
    ...options.reference ? { referenceName: options.reference } : {},
    schemaName: `merged from ${files.length} shards, rules checked per shard`
  });
  const out = options.outputDir;
  const paths = { statistics: join(out, "statistics.json"), validation: join(out, "validation.json"), report: join(out, "report.md") };
  await writeJsonAtomic(paths.statistics, statistics);
  await writeJsonAtomic(paths.validation, { format: "mlci-data-validation", version: 1, passed, merged: files, rows: statistics.rows, rules, drift: drift ?? null, annotations: [] });
  await writeFileAtomic(paths.report, report);
  return { passed, statistics, ...drift ? { drift } : {}, rules, report, files: paths };
}
export {
  mergeStatisticsFiles
};
