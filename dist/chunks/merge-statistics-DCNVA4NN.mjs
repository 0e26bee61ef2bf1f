import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  driftResults,
  renderDataReport
} from "./chunk-2NGWKXU3.mjs";
import {
  loadReference,
  readStatisticsFile
} from "./chunk-4EEPXGXP.mjs";
import {
  datasetDrift
} from "./chunk-IPVAEDLY.mjs";
import "./chunk-L4IWRTIY.mjs";
import "./chunk-MQ7BAUGH.mjs";
import "./chunk-FLES3SGM.mjs";
import "./chunk-E6H5GRHK.mjs";
import "./chunk-PIO7UDJF.mjs";
import "./chunk-OBKOI45Q.mjs";
import "./chunk-MWAICGG4.mjs";
import "./chunk-AUKHAFSQ.mjs";
import "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import {
  resolveDataFiles
} from "./chunk-HJAITZ65.mjs";
import "./chunk-I3CLNAZB.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/validate/merge-statistics.ts
import { join } from "node:path";
async function mergeStatisticsFiles(options) {
  const files = await resolveDataFiles(options.statistics, options.cwd);
  if (files.length < 1) throw new UserError("No statistics files to merge.", "input merge", "List the shards' statistics.json files (download their artifacts first).");
  options.logger.info(`Merging statistics of ${files.length} shard${files.length === 1 ? "" : "s"}`);
  let merged = await readStatisticsFile(files[0]);
  for (const file of files.slice(1)) merged = merged.merge(await readStatisticsFile(file));
  const statisticsFile = merged.toStatisticsFile();
  const statistics = statisticsFile.json;
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
  await writeFileAtomic(paths.statistics, [...statisticsFile.text].join(""));
  await writeJsonAtomic(paths.validation, { format: "mlci-data-validation", version: 1, passed, merged: files, rows: statistics.rows, rules, drift: drift ?? null, annotations: [] });
  await writeFileAtomic(paths.report, report);
  return { passed, statistics, ...drift ? { drift } : {}, rules, report, files: paths };
}
export {
  mergeStatisticsFiles
};
