import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  inferSchema
} from "./chunk-FVNUZMRE.mjs";
import {
  driftResults,
  renderDataReport
} from "./chunk-2NGWKXU3.mjs";
import {
  loadReference
} from "./chunk-4EEPXGXP.mjs";
import {
  loadDataSchema
} from "./chunk-C7XPZRWK.mjs";
import {
  ProgressReporter
} from "./chunk-2SELM2R6.mjs";
import {
  datasetDrift
} from "./chunk-IPVAEDLY.mjs";
import "./chunk-43IUD2SB.mjs";
import "./chunk-3S52KM2R.mjs";
import "./chunk-L4IWRTIY.mjs";
import "./chunk-MQ7BAUGH.mjs";
import "./chunk-FLES3SGM.mjs";
import {
  ParallelScan
} from "./chunk-SJ6TO5GV.mjs";
import "./chunk-FOAE3HMN.mjs";
import {
  MAX_EXAMPLES,
  SCAN_BATCH_ROWS,
  describeExample,
  precompileColumnKernel,
  scanData
} from "./chunk-E6H5GRHK.mjs";
import "./chunk-PIO7UDJF.mjs";
import {
  formatPercent
} from "./chunk-OBKOI45Q.mjs";
import "./chunk-MWAICGG4.mjs";
import {
  csvDelimiter,
  detectFormat,
  lowerOtherThreads,
  startCsvReadThread
} from "./chunk-AUKHAFSQ.mjs";
import {
  precompileCsvScan,
  warmUpBlocks
} from "./chunk-Z7FU6QYM.mjs";
import "./chunk-OODZNGRG.mjs";
import "./chunk-HMON5L2P.mjs";
import {
  resolveDataFiles
} from "./chunk-HJAITZ65.mjs";
import "./chunk-I3CLNAZB.mjs";
import {
  sha256Bytes,
  sha256FileInBackground
} from "./chunk-42RCFE6G.mjs";
import {
  writeFileAtomic,
  writeFileAtomicSync,
  writeJsonAtomicSync
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/validate/validate-data.ts
import { join } from "node:path";

// shared/validate/manifest.ts
import { stat } from "node:fs/promises";
var MANIFEST_FORMAT = "mlci-data-manifest";
function startHashingDataFiles(files) {
  let cancelled = false;
  let hurried = false;
  let current;
  const digests = (async () => {
    const out = /* @__PURE__ */ new Map();
    for (const path of files) {
      try {
        if (cancelled) throw new Error("cancelled");
        const background = sha256FileInBackground(path, { yieldCpu: !hurried });
        current = background;
        const [sha256, info] = await Promise.all([background.digest, stat(path)]);
        out.set(path, { sha256, bytes: info.size });
      } catch {
        out.set(path, null);
      }
    }
    return out;
  })();
  return {
    digests,
    hurry: () => {
      hurried = true;
      current?.hurry();
    },
    cancel: () => {
      cancelled = true;
      current?.cancel();
    }
  };
}
function buildDataManifest(digests, rowCounts) {
  const rowsByFile = /* @__PURE__ */ new Map();
  for (const r of rowCounts) rowsByFile.set(r.file, (rowsByFile.get(r.file) ?? 0) + r.rows);
  const entries = [...digests].map(
    ([path, d]) => d ? { path, sha256: d.sha256, bytes: d.bytes, rows: rowsByFile.get(path) ?? null } : { path, sha256: null, bytes: null, rows: null }
  );
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const digest = sha256Bytes(entries.map((e) => `${e.sha256 ?? "unreadable"}  ${e.path}
`).join(""));
  return { format: MANIFEST_FORMAT, version: 1, digest, rows: entries.reduce((s, e) => s + (e.rows ?? 0), 0), files: entries };
}

// shared/validate/rules/dataset-rules.ts
function datasetRuleResults(f) {
  const out = [];
  const { schema, profile } = f;
  out.push({
    id: "dataset.readable",
    rule: "readable",
    verdict: f.fileFailures.length ? "fail" : "pass",
    message: f.fileFailures.length ? f.fileFailures.map((x) => x.message).join("; ") : `${f.files.length} file${f.files.length === 1 ? "" : "s"} read`,
    failed: f.fileFailures.length,
    checked: f.files.length,
    ...f.fileFailures.length ? { examples: f.fileFailures.slice(0, MAX_EXAMPLES).map((x) => ({ file: x.file, row: 0, value: x.message, ...x.line ? { line: x.line } : {} })) } : {}
  });
  out.push({
    id: "dataset.well_formed_rows",
    rule: "well_formed_rows",
    verdict: f.rowIssueCount ? "fail" : "pass",
    message: f.rowIssueCount ? `${f.rowIssueCount} malformed row${f.rowIssueCount === 1 ? "" : "s"}: ${f.rowIssues[0].message}${f.rowIssueCount > 1 ? ", \u2026" : ""}` : "every row has as many cells as the header, in valid UTF-8",
    failed: f.rowIssueCount,
    checked: profile.rows,
    ...f.rowIssueCount ? { examples: f.rowIssues.slice(0, MAX_EXAMPLES).map((i) => ({ file: i.source, line: i.line, row: 0, value: i.message })) } : {}
  });
  const declared = new Set(schema.columns.map((c) => c.name));
  const extra = [...profile.columns.keys()].filter((n) => !declared.has(n));
  out.push({
    id: "dataset.extra_columns",
    rule: "extra_columns",
    verdict: extra.length === 0 ? "pass" : schema.dataset.extraColumns === "fail" ? "fail" : "warn",
    message: extra.length ? `columns not in the schema: ${extra.join(", ")}` : "every column is in the schema"
  });
  const rows = schema.dataset.rows;
  if (rows) {
    const ok = (rows.min === void 0 || profile.rows >= rows.min) && (rows.max === void 0 || profile.rows <= rows.max);
    const expected = [rows.min !== void 0 ? `\u2265 ${rows.min}` : "", rows.max !== void 0 ? `\u2264 ${rows.max}` : ""].filter(Boolean).join(" and ");
    out.push({ id: "dataset.rows", rule: "rows", verdict: ok ? "pass" : "fail", message: `${profile.rows} rows (expected ${expected})`, expected, observed: String(profile.rows) });
  }
  if (schema.dataset.maxDuplicateShare !== void 0 && f.duplicates) {
    const t = f.duplicates.tally;
    const max = schema.dataset.maxDuplicateShare;
    if (f.duplicates.gaveUp) {
      out.push({ id: "dataset.duplicate_rows", rule: "duplicate_rows", verdict: "skip", message: "too many rows to check for duplicates in bounded memory" });
    } else {
      const observed = t.checked ? t.failed / t.checked : 0;
      out.push({
        id: "dataset.duplicate_rows",
        rule: "duplicate_rows",
        verdict: observed <= max + 1e-12 ? "pass" : "fail",
        message: `${t.failed} of ${t.checked} rows repeat an earlier row (${formatPercent(observed)}; allowed ${max === 0 ? "none" : formatPercent(max)})`,
        expected: `\u2264 ${max}`,
        observed: String(observed),
        failed: t.failed,
        checked: t.checked,
        ...t.failed ? { examples: t.examples } : {}
      });
    }
  }
  const target = schema.dataset.target;
  if (target && schema.dataset.minClassShare !== void 0) {
    const declared2 = schema.columns.find((c) => c.name === target)?.allowedValues?.value ?? [];
    out.push(labelBalance(profile, target, schema.dataset.minClassShare, declared2));
  }
  return out;
}
function labelBalance(profile, target, minShare, declared) {
  const base = { id: "dataset.label_balance", rule: "label_balance", column: target, expected: `every class \u2265 ${formatPercent(minShare)}` };
  const column = profile.columns.get(target);
  const counts = column?.valueCounts();
  if (!column || !counts || counts.counts.length === 0) return { ...base, verdict: "fail", message: `the target column "${target}" has no values` };
  if (!counts.exact) return { ...base, verdict: "skip", message: `the target column "${target}" has too many distinct values to count classes exactly` };
  const present = counts.counts.reduce((s, [, n]) => s + n, 0);
  const seen = new Set(counts.counts.map(([v]) => String(v)));
  const shares = [...counts.counts.map(([v, n]) => [v, n / present]), ...declared.filter((v) => !seen.has(v)).map((v) => [v, 0])];
  const low = shares.filter(([, s]) => s < minShare);
  const observed = shares.map(([v, s]) => `${v}: ${formatPercent(s)}`).join(", ");
  return {
    ...base,
    verdict: low.length ? "fail" : "pass",
    message: low.length ? `classes below ${formatPercent(minShare)} of the rows: ${low.map(([v, s]) => `${v} (${formatPercent(s)})`).join(", ")}` : `class shares ${observed}`,
    observed
  };
}

// shared/validate/scan-read-threads.ts
var ScanReadThreads = class _ScanReadThreads {
  constructor(read) {
    this.read = read;
  }
  read;
  /**
   * the thread started ahead for `path` (undefined: the file did not qualify), until its scan's read
   * is over (doneWith) or the validation ends (close); `taken` once a scan has it
   */
  ahead;
  /**
   * Starts the thread for `file` at once, and has it begin reading as a scan with these options
   * reads: validate-data reads its schema meanwhile, and a thread takes a while to start (its
   * bundle loaded, the scanner compiled). It is decided on by the file's name and size alone
   * (startCsvReadThread): the row estimate's reads would wait for this thread's turns. A read the
   * scan does not want after all is closed unused.
   */
  static startFor(file, read, scan) {
    const threads = new _ScanReadThreads(read);
    if (file === void 0) return threads;
    const thread = startCsvReadThread(file, { ...read, ...scan });
    thread?.begin(file, { ...scan, delimiter: csvDelimiter(file, scan.delimiter), onIssue: () => void 0 });
    threads.ahead = { path: file, thread, taken: false };
    return threads;
  }
  /** the system's ids of the thread started ahead (none when it was not, or where there are none) */
  get threadIds() {
    return this.ahead?.thread?.threadIds ?? [];
  }
  /** whether `file` is read on the thread started for it ahead */
  readsOnThreadStartedAhead(file) {
    const ahead = this.ahead;
    return ahead !== void 0 && !ahead.taken && ahead.path === file && ahead.thread !== void 0;
  }
  /**
   * What a scan reading `file` parses with: the thread started for it (once), else the way to start
   * some. The scan calls doneWith once its read is over.
   */
  readerFor(file) {
    const ahead = this.ahead;
    if (ahead === void 0 || ahead.taken || ahead.path !== file) return this.read;
    ahead.taken = true;
    return ahead.thread;
  }
  /**
   * A scan's read is over: the thread started ahead, once read, is closed now rather than when the
   * whole validation ends (a second scan of the same file, after a schema is inferred, starts its
   * own, and two idle threads' memory need not be held at once).
   */
  doneWith(reader) {
    if (reader === void 0 || reader !== this.ahead?.thread) return;
    this.ahead = void 0;
    reader.close();
  }
  close() {
    this.ahead?.thread?.close();
  }
};

// shared/validate/scan-progress.ts
import { stat as stat2 } from "node:fs/promises";
async function withScanProgress(logger, what, files, scan, now) {
  let total = 0;
  for (const file of files) total += (await stat2(file).catch(() => void 0))?.size ?? 0;
  const progress = new ProgressReporter(logger, { what, unit: "bytes", ...total > 0 ? { total } : {}, ...now ? { now } : {} });
  let done = 0;
  const result = await scan((bytes) => {
    done += bytes;
    progress.update(total > 0 ? Math.min(done, total) : done);
  });
  progress.finish(total > 0 ? Math.min(done, total) : done);
  return result;
}

// shared/validate/scan-warm-up.ts
async function warmUpFirstBlocks(files) {
  const first = files[0];
  const format = formatOf(first);
  if (format === "csv" || format === "jsonl") await warmUpBlocks(first);
}
async function precompileScan(files) {
  await Promise.all([precompileColumnKernel(), ...formatOf(files[0]) === "csv" ? [precompileCsvScan()] : []]);
}
function formatOf(file) {
  try {
    return file === void 0 ? void 0 : detectFormat(file);
  } catch {
    return void 0;
  }
}

// shared/validate/validate-data.ts
var MAX_ANNOTATIONS = 50;
var HELPER_THREAD_NICENESS = 10;
async function validateData(options) {
  const { logger } = options;
  const files = await resolveDataFiles(options.files, options.cwd);
  logger.info(`Validating ${files.length} data file${files.length === 1 ? "" : "s"}: ${files.slice(0, 5).join(", ")}${files.length > 5 ? ", \u2026" : ""}`);
  const { workers, workerScript, minShareBytes, readWorkerScript } = options;
  const startReadThreads = (script) => {
    const read = {
      workerScript: script,
      threads: 1,
      ...options.minReadThreadBytes !== void 0 ? { minBytes: options.minReadThreadBytes } : {},
      onThreads: () => logger.debug("parsing on a worker thread")
    };
    return ScanReadThreads.startFor(files[0], read, { batchRows: options.batchRows ?? SCAN_BATCH_ROWS, ...readOptionsOf(options) });
  };
  const oneFileOnThreads = readWorkerScript !== void 0 && files.length === 1;
  let readThreads = oneFileOnThreads ? startReadThreads(readWorkerScript) : void 0;
  if (options.yieldHelperThreads && readThreads && readThreads.threadIds.length > 0) {
    const lowered = lowerOtherThreads(readThreads.threadIds, HELPER_THREAD_NICENESS);
    logger.debug(`${lowered.length} helper threads lowered to niceness ${HELPER_THREAD_NICENESS}`);
  }
  const hashing = startHashingDataFiles(files);
  let parallel;
  try {
    void precompileScan(files);
    if (workers && workers > 1 && workerScript && !oneFileOnThreads) {
      parallel = await ParallelScan.start(files, { workers, workerScript, ...minShareBytes !== void 0 ? { minShareBytes } : {}, ...options.batchRows ? { batchRows: options.batchRows } : {} });
    }
    if (!parallel && readWorkerScript && !readThreads) readThreads = startReadThreads(readWorkerScript);
    if (!readThreads?.readsOnThreadStartedAhead(files[0])) void warmUpFirstBlocks(files);
    return await validateWith(options, files, hashing, parallel, readThreads);
  } catch (err) {
    hashing.cancel();
    throw err;
  } finally {
    parallel?.close();
    readThreads?.close();
  }
}
async function validateWith(options, files, hashing, parallel, readThreads) {
  const { logger } = options;
  const wantsInference = !options.schema || options.schema === "infer";
  let schema = wantsInference ? void 0 : await loadDataSchema(options.schema);
  let reference;
  if (options.reference) {
    reference = await logger.group("Reading the reference", () => loadReference(options.reference, schema, options.delimiter));
  }
  let inferredFrom;
  if (!schema) {
    const base = reference ?? (await withScanProgress(logger, "Reading the data to infer a schema", files, (onBytes) => scanData(files, { ...scanOptions(options, readThreads), onBytes }), options.now)).profile;
    schema = inferSchema(base, options.target ? { target: options.target } : {});
    inferredFrom = options.reference ?? "the data itself";
    logger.info(`Inferred a schema from ${inferredFrom}`);
  }
  const scan = await logger.group(
    "Profiling and checking the data",
    () => withScanProgress(
      logger,
      "Validating",
      files,
      (onBytes) => {
        const scanning = { ...scanOptions(options, readThreads), schema, onBytes };
        return parallel ? parallel.scan(files, scanning) : scanData(files, scanning);
      },
      options.now
    )
  );
  const profile = scan.profile;
  const rules = datasetRuleResults({ schema, files, ...scan });
  rules.push(...scan.columnResults);
  let drift;
  if (reference) {
    const perColumn = new Map(schema.columns.filter((c) => c.drift !== void 0).map((c) => [c.name, c.drift]));
    drift = datasetDrift(reference, profile, { driftShare: options.driftShare ?? schema.dataset.driftShare ?? 0.5, perColumn });
    rules.push(...driftResults(drift));
  }
  const passed = !rules.some((r) => r.verdict === "fail");
  const statisticsFile = profile.toStatisticsFile();
  const statistics = statisticsFile.json;
  hashing.hurry();
  const manifest = buildDataManifest(await hashing.digests, statistics.files);
  const annotations = annotationsOf(rules);
  const report = renderDataReport({
    statistics,
    rules,
    ...drift ? { drift } : {},
    ...options.reference ? { referenceName: options.reference } : {},
    schemaName: inferredFrom ? `inferred from ${inferredFrom}` : schema.source
  });
  const out = options.outputDir;
  const paths = {
    statistics: join(out, "statistics.json"),
    validation: join(out, "validation.json"),
    report: join(out, "report.md"),
    manifest: join(out, "data-manifest.json")
  };
  if (inferredFrom) {
    paths.schema = join(out, "schema.inferred.yml");
    const { schemaToYaml } = await import("./schema-yaml-SM7UFLTP.mjs");
    await writeFileAtomic(paths.schema, schemaToYaml(schema, ` Data schema inferred by mlci from ${inferredFrom}: review it, then commit it.`));
  }
  writeFileAtomicSync(paths.statistics, statisticsFile.text);
  writeJsonAtomicSync(paths.validation, {
    format: "mlci-data-validation",
    version: 1,
    passed,
    schema: inferredFrom ? `inferred from ${inferredFrom}` : schema.source,
    files,
    rows: profile.rows,
    rules,
    drift: drift ?? null,
    annotations
  });
  writeFileAtomicSync(paths.report, report);
  writeJsonAtomicSync(paths.manifest, manifest);
  const failed = rules.filter((r) => r.verdict === "fail");
  logger.info(passed ? `Data validation passed: ${rules.length} rules, ${profile.rows} rows.` : `Data validation failed: ${failed.length} of ${rules.length} rules failed.`);
  for (const r of failed.slice(0, 20)) logger.info(`  \u2717 ${r.id}: ${r.message}`);
  return { passed, rules, ...drift ? { drift } : {}, statistics, manifest, annotations, report, files: paths };
}
function scanOptions(options, readThreads) {
  return {
    logger: options.logger,
    ...options.batchRows ? { batchRows: options.batchRows } : {},
    ...readOptionsOf(options),
    ...readThreads ? { readThreads } : {}
  };
}
function readOptionsOf(options) {
  return {
    ...options.delimiter ? { delimiter: options.delimiter } : {},
    ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}
  };
}
function annotationsOf(rules) {
  const out = [];
  for (const r of rules) {
    if (r.verdict !== "fail" || !r.examples) continue;
    for (const e of r.examples) {
      if (out.length >= MAX_ANNOTATIONS) return out;
      const what = r.column ? `${r.column}: ${r.rule}` : r.rule;
      const value = e.value !== void 0 && e.row > 0 ? ` (value ${JSON.stringify(e.value)})` : "";
      out.push({ file: e.file, ...e.line !== void 0 ? { line: e.line } : {}, message: `${what} failed at ${describeExample(e)}${value}: ${r.message}` });
    }
  }
  return out;
}
export {
  validateData
};
