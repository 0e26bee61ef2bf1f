import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  ColumnRules,
  DatasetProfile,
  KEPT_ROW_ISSUES,
  MAX_EXAMPLES,
  emptyMoments,
  mergeMoments,
  scanData
} from "./chunk-E6H5GRHK.mjs";
import {
  csvDelimiter,
  locateCsvRows
} from "./chunk-AUKHAFSQ.mjs";

// shared/validate/scan-share.ts
var TALLIES = ["missing", "type", "min", "max", "allowed", "regex", "unique"];
function shareResultOf(scan, live = false) {
  const momentLogs = [];
  for (const [name, column] of scan.profile.columns) momentLogs.push([name, column.momentLog ?? []]);
  return {
    profile: live ? scan.profile : scan.profile.toJSON(),
    momentLogs,
    rules: scan.columnRules.map(rulesStateOf),
    header: scan.headers[0] ?? [],
    ...scan.fileFailures[0] ? { fileFailure: scan.fileFailures[0] } : {},
    rowIssues: scan.rowIssues,
    rowIssueCount: scan.rowIssueCount
  };
}
function rulesStateOf(r) {
  return { rows: r.rows, absentIn: r.absentIn, tallies: TALLIES.map((t) => ({ checked: r[t].checked, failed: r[t].failed, examples: r[t].examples })) };
}
function joinShares(files, schema, checkRules, logger) {
  let profile;
  const columnRules = (checkRules ? schema?.columns : void 0)?.map((c) => new ColumnRules(c)) ?? [];
  const logs = /* @__PURE__ */ new Map();
  const headers = [];
  const fileFailures = [];
  const rowIssues = [];
  let rowIssueCount = 0;
  for (const { file, shares } of files) {
    let rows = 0;
    for (const share of shares) {
      const partRows = share.profile.rows;
      rows += partRows;
      const before = profile?.files.length ?? 0;
      if (!profile) profile = share.profile instanceof DatasetProfile ? share.profile : DatasetProfile.fromJSON(share.profile);
      else if (share.profile instanceof DatasetProfile) profile = profile.merge(share.profile);
      else profile.absorb(share.profile);
      if (rows > partRows && profile.files.length === before + 1) {
        profile.files.pop();
        profile.files[before - 1].rows += partRows;
      }
      for (const [name, log] of share.momentLogs) {
        let m = logs.get(name) ?? emptyMoments();
        for (const batch of log) m = mergeMoments(m, batch);
        logs.set(name, m);
      }
      share.rules.forEach((state, k) => absorbRules(columnRules[k], state));
      for (const issue of share.rowIssues) if (rowIssues.length < KEPT_ROW_ISSUES) rowIssues.push(issue);
      rowIssueCount += share.rowIssueCount;
      if (share.fileFailure) {
        fileFailures.push(share.fileFailure);
        logger?.warning(share.fileFailure.message, { file: share.fileFailure.file, ...share.fileFailure.line ? { line: share.fileFailure.line } : {} });
        break;
      }
    }
    headers.push(shares[0]?.header ?? []);
    logger?.debug(`read ${rows} rows from ${file}`);
  }
  profile ??= new DatasetProfile();
  for (const [name, m] of logs) profile.columns.get(name).moments = m;
  const columnResults = columnRules.flatMap((c) => c.results());
  return { profile, columnResults, columnRules, headers, fileFailures, rowIssues, rowIssueCount };
}
function absorbRules(into, state) {
  into.rows += state.rows;
  for (const file of state.absentIn) if (!into.absentIn.includes(file)) into.absentIn.push(file);
  TALLIES.forEach((name, k) => {
    const tally = into[name];
    const part = state.tallies[k];
    tally.checked += part.checked;
    tally.failed += part.failed;
    for (const e of part.examples) if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(e);
  });
}

// shared/validate/scan-job.ts
async function runScanJob(job, onBytes, live = false) {
  let options = job.options;
  const share = options.share;
  if (job.locate && share) {
    const [start] = await locateCsvRows(job.file, [share.firstRow], {
      delimiter: csvDelimiter(job.file, options.delimiter),
      ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}
    });
    if (!start) return null;
    options = { ...options, share: { ...share, start } };
  }
  return shareResultOf(await scanData([job.file], { ...options, ...onBytes ? { onBytes } : {} }), live);
}

export {
  rulesStateOf,
  joinShares,
  absorbRules,
  runScanJob
};
