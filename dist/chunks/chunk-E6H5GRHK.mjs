import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  hashFloatWords,
  hashNumber,
  hashString,
  unitHashFrom,
  unitHashHigh
} from "./chunk-PIO7UDJF.mjs";
import {
  formatPercent
} from "./chunk-OBKOI45Q.mjs";
import {
  findColumn
} from "./chunk-MWAICGG4.mjs";
import {
  streamTable
} from "./chunk-AUKHAFSQ.mjs";
import {
  parseDecimalText
} from "./chunk-Z7FU6QYM.mjs";
import {
  EmbeddedWasm
} from "./chunk-OODZNGRG.mjs";
import {
  textAt
} from "./chunk-HMON5L2P.mjs";
import {
  UserError,
  isUserError
} from "./chunk-PWERFMPE.mjs";

// shared/validate/rules/rule-result.ts
var MAX_EXAMPLES = 5;
var Tally = class {
  checked = 0;
  failed = 0;
  examples = [];
  fail(example) {
    this.failed++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(example());
  }
  /** Great Expectations' mostly: holds when at least `mostly` of the checked values pass */
  holds(mostly) {
    if (this.checked === 0) return true;
    return (this.checked - this.failed) / this.checked >= mostly - 1e-12;
  }
};
function describeExample(e) {
  return e.line !== void 0 ? `${e.file}:${e.line}` : `${e.file}, row ${e.row}`;
}

// shared/validate/stats/column-stats-wasm.ts
var COLUMN_STATS_WASM = "AGFzbQEAAAABMwhgAAF/YAF/AGAFf3x/fH8Bf2ACf38AYAAAYAV/f39/fwF/YAJ/fABgB39/fH9/f38BfwMVFAABAAAAAAIAAAMEAAAAAAAABQYHBQMBABAHhAIWCHZhbHVlc0F0AAAKcG9zaXRpdmVBdAAMCm5lZ2F0aXZlQXQADQtyZWdpc3RlcnNBdAAICHJlc3VsdEF0AAcIY2FwYWNpdHkAAAVzZXRBdAADCHNldFNsb3RzAAIMcHJpb3JpdGllc0F0AAsMcm93SW5kZXhlc0F0AAQIcm93Q2h1bmsABQpmaXJzdE5hTkF0ABAJZmlyc3ROYU5zAA8IaGVhcEJhc2UADgRzdW1zAAEKZGV2aWF0aW9ucwASDXJvd0NhbmRpZGF0ZXMABglyZWdpc3RlcnMACQVleGFjdAARB2J1Y2tldHMAEwxyZWdpc3RlclN1bXMACgZtZW1vcnkCAAq7ERQGAEGAgAQL2QECBnwCf0QAAAAAAADwfyECRAAAAAAAAPD/IQMDQCAAIAdKBEACQCAHQQN0QYCABGorAwAiASABYgRAIAhBBUgEQCAIQQJ0QcCAN2ogBzYCAAsgCEEBaiEIDAELIAVEAAAAAAAA8D+gIQUgBiABoCEGIAEgAiABIAJjGyECIAEgAyABIANkGyEDIAREAAAAAAAA8D+gIAQgASABnGIbIQQLIAdBAWohBwwBCwtBgIApIAU5AwBBiIApIAY5AwBBkIApIAI5AwBBmIApIAM5AwBBoIApIAQ5AwALBgBBgMAACwYAQcCAKQsGAEHAgDMLBgBBgIABC+QCAgR/An4gAfwHIQkDQCACIAVKBEACQCAJIAWsfCIKp0HR2vjkfGxBD3dBk+uc3AFsIgcgAHNBDXdBBWxBnKmuzQFrIApCIIinQdHa+OR8bEEPd0GT65zcAWxzQQ13QQVsQZyprs0Ba0G5893xeXMiCCAIQRB2c0HrlK+veGwiCCAIQQ12c0G13MqVfGwiCCAIQRB2cyIIQQV2uCIBRAAAAAAAAEA+oiADZg0AIAFEAAAAAAAAkEGiIAcgAEGV+Kn6B3NzQQ13QQVsQZyprs0BayAIQdHa+OR8bEEPd0GT65zcAWxzQQ13QQVsQZyprs0BayIHIAdBEHZzQeuUr694bCIHIAdBDXZzQbXcypV8bCIHIAdBEHZzQQZ2uKBEAAAAAAAAoDyiIgEgA2YNACAGQQN0QcCAK2ogATkDACAGQQJ0QcCAM2ogBCAFajYCACAGQQFqIQYLIAVBAWohBQwBCwsgBgsGAEGAgCkLBgBBgIAoC7IGAwJ7BH8BfANAIAFBA2ogAEgEQAJAIAFBA3RBgIAEaiIG/QAEACICIAL9SCAG/QAEECIDIAP9SP1Q/VMEQEEAIQQDQCAEQSBJBEAgBCAGaiIFKwMAIgggCGEEQCAFKAIAIAUrAwBEAAAAAAAAAABhBH9BAAUgBSgCBAsiBUGx893xeWxzIAVBEHZzIgUgBUEQdnNB65Svr3hsIgUgBUENdnNBtdzKlXxsIgUgBUEQdnMiB0EOdEGAwAByZ0EBaiIFIAdBEnZBgIAoaiIHLQAASwRAIAcgBToAAAsLIARBCGohBAwBCwsMAQsgAiAD/Q0AAQIDCAkKCxAREhMYGRobIAIgA/0NBAUGBwwNDg8UFRYXHB0eHyAC/QwAAAAAAAAAAAAAAAAAAAAA/UcgA/0MAAAAAAAAAAAAAAAAAAAAAP1H/Q0EBQYHDA0ODxQVFhccHR4f/U8iAv0MsXk3nrF5N56xeTeesXk3nv21Af1RIAJBEP2tAf1RIgIgAkEQ/a0B/VH9DGvK64VryuuFa8rrhWvK64X9tQEiAiACQQ39rQH9Uf0MNa6ywjWussI1rrLCNa6ywv21ASICIAJBEP2tAf1RIgL9GwAiBEEOdEGAwAByZ0EBaiIFIARBEnZBgIAoaiIELQAASwRAIAQgBToAAAsgAv0bASIEQQ50QYDAAHJnQQFqIgUgBEESdkGAgChqIgQtAABLBEAgBCAFOgAACyAC/RsCIgRBDnRBgMAAcmdBAWoiBSAEQRJ2QYCAKGoiBC0AAEsEQCAEIAU6AAALIAL9GwMiBEEOdEGAwAByZ0EBaiIFIARBEnZBgIAoaiIELQAASwRAIAQgBToAAAsLIAFBBGohAQwBCwsDQCAAIAFKBEAgAUEDdEGAgARqIgQrAwAiCCAIYQRAIAQoAgAgCEQAAAAAAAAAAGEEf0EABSAEKAIECyIEQbHz3fF5bHMgBEEQdnMiBCAEQRB2c0HrlK+veGwiBCAEQQ12c0G13MqVfGwiBCAEQRB2cyIEQQ50QYDAAHJnQQFqIgUgBEESdkGAgChqIgQtAABLBEAgBCAFOgAACwsgAUEBaiEBDAELCwtdAwF/AnwBfgNAIABBgIABSARAIAJC/wcgAEGAgChqMQAAIgN9QjSGv6AhAiABRAAAAAAAAPA/oCABIANQGyEBIABBAWohAAwBCwtBgIApIAI5AwBBiIApIAE5AwALBgBBwIArCwYAQYCAJAsGAEGAgCYLBQBBgAgLBABBBQsGAEHAgDcLhgICBH8BfANAIAAgAUoEQAJAIAFBA3RBgIAEaiIFKwMAIQkgAUEBaiEBIAkgCWINAiAEIAUoAgAgCUQAAAAAAAAAAGEEf0EABSAFKAIECyIFQbHz3fF5bHMgBUEQdnMiBSAFQRB2c0HrlK+veGwiBSAFQQ12c0G13MqVfGwiBSAFQRB2cyIHBH8gB0Gx893xeWxB/z9xIQUDfyAFQQJ0QcCAKWoiCCgCACIGIAdHBH8gBgR/IAVBAWpB/z9xIQUMAgUgCCAHNgIAIAJBAWoLBSACCwsFIAMEfyACBUEBIQMgAkEBagsLIgJIDQAMAgsLC0GAgCkgArc5AwBBiIApIAO3OQMAIAELVwIDfAF/A0AgACAFSgRAIAVBA3RBgIAEaisDACIEIARhBEAgAyAEIAGhIgQgBKKgIQMgAiAEoCECCyAFQQFqIQUMAQsLQYCAKSADOQMAQYiAKSACOQMAC60CAgN8A38DQCAAIAFKBEACQAJAIAFBA3RBgIAEaiIMKAIEIgpBFHZB/w9xIgtB/w9GDQAgC0UEQCAHRAAAAAAAAPA/oCEHDAELIAtB/wdrtyAMKQMAQv////////8Hg0KAgICAgICA+D+Ev0QAAAAAAADwv6CgIAKim/wCIQsgCkEfdgRAIAsgBWsiCkEASCAGIApMcg0CIApBA3RBgIAmaiIKIAorAwBEAAAAAAAA8D+gOQMAIAhEAAAAAAAA8D+gIQgFIAsgA2siCkEASCAEIApMcg0CIApBA3RBgIAkaiIKIAorAwBEAAAAAAAA8D+gOQMAIAlEAAAAAAAA8D+gIQkLCyABQQFqIQEMAgsLC0GAgCkgCTkDAEGIgCkgCDkDAEGQgCkgBzkDACABCw==";

// shared/validate/stats/moments.ts
function emptyMoments() {
  return { n: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity };
}
function momentsOf(values) {
  sumPass(values);
  const n = pass[0];
  if (n === 0) return emptyMoments();
  const min = pass[2];
  const max = pass[3];
  const mean = pass[1] / n;
  deviationPass(values, mean);
  return correctedMoments(n, mean, pass[0], pass[1], min, max);
}
function correctedMoments(n, mean, m2, drift, min, max) {
  return { n, mean: mean + drift / n, m2: m2 - drift * drift / n, min, max };
}
var pass = new Float64Array(4);
function sumPass(values) {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  pass[0] = n;
  pass[1] = sum;
  pass[2] = min;
  pass[3] = max;
}
function deviationPass(values, mean) {
  let m2 = 0;
  let drift = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const d = v - mean;
    m2 += d * d;
    drift += d;
  }
  pass[0] = m2;
  pass[1] = drift;
}
function mergeMoments(a, b) {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + delta * b.n / n,
    m2: a.m2 + b.m2 + delta * delta * a.n / n * b.n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max)
  };
}
function sampleStd(m) {
  return m.n > 1 ? Math.sqrt(Math.max(m.m2, 0) / (m.n - 1)) : void 0;
}
function populationStd(m) {
  return m.n > 0 ? Math.sqrt(Math.max(m.m2, 0) / m.n) : void 0;
}

// shared/validate/stats/column-kernel.ts
var NO_ROWS = new Int32Array(0);
var MAX_BUCKETS = 4096;
var REGISTERS = 1 << 14;
var ColumnKernel = class _ColumnKernel {
  constructor(module) {
    this.module = module;
    const buffer = module.memory.buffer;
    this.capacity = module.capacity();
    if (module.heapBase() > module.valuesAt()) throw new Error("column-stats: the module data overlaps its layout");
    this.values = new Float64Array(buffer, module.valuesAt(), this.capacity);
    this.positive = new Float64Array(buffer, module.positiveAt(), MAX_BUCKETS);
    this.negative = new Float64Array(buffer, module.negativeAt(), MAX_BUCKETS);
    this.registerView = new Uint8Array(buffer, module.registersAt(), REGISTERS);
    this.result = new Float64Array(buffer, module.resultAt(), 8);
    this.setView = new Uint32Array(buffer, module.setAt(), module.setSlots());
    this.priorityView = new Float64Array(buffer, module.prioritiesAt(), module.rowChunk());
    this.rowIndexView = new Int32Array(buffer, module.rowIndexesAt(), module.rowChunk());
    this.firstNaNView = new Int32Array(buffer, module.firstNaNAt(), module.firstNaNs());
  }
  module;
  capacity;
  /** the loaded values, and how many */
  values;
  length = 0;
  /** the bucket stores' counts while `buckets` runs */
  positive;
  negative;
  /** HyperLogLog's registers while `registers` runs */
  registerView;
  /** HyperLogLog's exact hashes (a HashSet32's slots) while `addToSet` runs */
  setView;
  /** rowCandidates' answers */
  priorityView;
  rowIndexView;
  /** what the last call found */
  result;
  /** numbers with a fractional part among the loaded values (set by `moments`) */
  fractional = 0;
  /** where `moments` notes the first NaN values' indexes */
  firstNaNView;
  static of(module) {
    return new _ColumnKernel(module);
  }
  /**
   * Copies a batch's numbers into the module; false (nothing loaded) when they are more than it
   * holds, and the caller takes the JavaScript loops.
   */
  load(values) {
    if (values.length > this.capacity) return false;
    this.values.set(values);
    this.length = values.length;
    return true;
  }
  /**
   * The indexes of the first NaN values among the loaded values (at most five, all of them when
   * there are no more), after `moments`: `missing` is how many there are (the values less the moments' n).
   * None missing (most batches of most columns): one shared empty array, nothing allocated.
   */
  firstNaNs(missing) {
    if (missing === 0) return NO_ROWS;
    return this.firstNaNView.slice(0, Math.min(missing, this.firstNaNView.length));
  }
  /** momentsOf (moments.ts) of the loaded values, and their fractional count into `fractional` */
  moments() {
    const n = this.length;
    const r = this.result;
    this.module.sums(n);
    const count = r[0];
    this.fractional = r[4];
    if (count === 0) return emptyMoments();
    const sum = r[1];
    const min = r[2];
    const max = r[3];
    const mean = sum / count;
    this.module.deviations(n, mean);
    return correctedMoments(count, mean, r[0], r[1], min, max);
  }
  /** HyperLogLog's register loop over the loaded values from `from`, on `registers` */
  addToRegisters(registers, from) {
    this.registerView.set(registers);
    this.module.registers(this.length, from);
    registers.set(this.registerView);
  }
  /**
   * HyperLogLog.addNumbers' loop while it keeps its hashes exactly: the hashes of the loaded values
   * added to `set` until it holds more than `limit`. Returns the index after the value that took it
   * past, or the count loaded; -1, having done nothing, for a set of another size than the module's.
   * Why: the first batch of every numeric column runs that loop 4,097 times before the column turns
   * to registers, while the JavaScript is not yet compiled (interpreted, it cost more than the
   * kernel's every pass over the column).
   */
  addToSet(set, limit) {
    const slots = set.slotArray;
    if (slots.length !== this.setView.length) return -1;
    this.setView.set(slots);
    const stop = this.module.exact(this.length, 0, set.size, set.holdsZero ? 1 : 0, limit);
    slots.set(this.setView);
    set.restore(this.result[0], this.result[1] === 1);
    return stop;
  }
  /**
   * The row sample's candidates among `rows` rows from row `firstRow` of the file hashed to
   * `fileKey`: sampleCandidates of dataset-profile.ts (its priorities, to the bit, and the same rows
   * in the same order), into `priorities` and `indexes`; returns how many.
   * Why: every batch hashes each of its rows, and the first one (when every row is a candidate)
   * did so twice per row, interpreted: some 30 ms of a 200 MB run's first batch.
   */
  rowCandidates(fileKey, firstRow, rows, bound, priorities, indexes) {
    const chunk = this.priorityView.length;
    let count = 0;
    for (let start = 0; start < rows; start += chunk) {
      const n = this.module.rowCandidates(fileKey, firstRow + start, Math.min(chunk, rows - start), bound, start);
      priorities.set(this.priorityView.subarray(0, n), count);
      indexes.set(this.rowIndexView.subarray(0, n), count);
      count += n;
    }
    return count;
  }
  /**
   * HyperLogLog.estimate's pass over `registers`: the sum of 2^-register and how many are zero.
   * In the module because it runs once per column at the end of a run, where the JavaScript loop
   * runs cold (interpreted, then compiled while it runs: 25-45 ms of CPU for 35 columns, measured
   * while other work shared the machine, against well under a millisecond here).
   */
  registerSums(registers) {
    this.registerView.set(registers);
    this.module.registerSums();
    return { sum: this.result[0], zeros: this.result[1] };
  }
  /**
   * The quantile sketch's loop over the loaded values from `from`, with the stores' counts in
   * `positive` and `negative` (the caller copies them in and out); see assembly/column-stats.ts.
   */
  buckets(from, bucketsPerOctave, positiveOffset, positiveLength, negativeOffset, negativeLength) {
    return this.module.buckets(this.length, from, bucketsPerOctave, positiveOffset, positiveLength, negativeOffset, negativeLength);
  }
};
var kernel;
var statsModule = new EmbeddedWasm(COLUMN_STATS_WASM);
function precompileColumnKernel() {
  return kernel !== void 0 || process.env.MLCI_STATS_KERNEL === "js" ? Promise.resolve() : statsModule.compileAhead();
}
function columnKernel() {
  if (process.env.MLCI_STATS_KERNEL === "js") return null;
  if (kernel === void 0) kernel = instantiate();
  return kernel;
}
function instantiate() {
  try {
    const exports = statsModule.instantiate();
    return exports ? ColumnKernel.of(exports) : null;
  } catch {
    return null;
  }
}

// shared/validate/stats/parse-number.ts
function parseNumber(text) {
  return parseDecimalText(text);
}
function numberAsCategory(value) {
  return String(value === 0 ? 0 : value);
}
function isMissingText(text) {
  return text === null || text === "";
}

// shared/validate/rules/column-rules.ts
var BOOLEAN_TEXT = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "t", "f", "y", "n", "0", "1"]);
var ColumnRules = class {
  constructor(schema) {
    this.schema = schema;
    this.allowedSet = schema.allowedValues ? new Set(schema.allowedValues.value) : void 0;
    this.pattern = schema.regex ? new RegExp(schema.regex.value, "u") : void 0;
    this.seen = schema.unique ? /* @__PURE__ */ new Set() : void 0;
  }
  schema;
  rows = 0;
  /** missing cells, with the first rows that have one */
  missing = new Tally();
  /** files in which the column was absent */
  absentIn = [];
  type = new Tally();
  min = new Tally();
  max = new Tally();
  allowed = new Tally();
  regex = new Tally();
  unique = new Tally();
  allowedSet;
  pattern;
  seen;
  /**
   * `summary`: the count, minimum and maximum of a numeric column's numbers in this batch, when the
   * caller has them already (the profile's moments): the pass that looks for offending rows is then
   * skipped when there are none.
   */
  addBatch(table, column, firstRow, summary) {
    this.rows += table.rowCount;
    if (!column) {
      this.missing.failed += table.rowCount;
      if (!this.absentIn.includes(table.source)) this.absentIn.push(table.source);
      return;
    }
    const where = (r, value) => {
      const line = table.rowLines?.[r];
      return line !== void 0 ? { file: table.source, line, row: firstRow + r + 1, value } : { file: table.source, row: firstRow + r + 1, value };
    };
    if (column.kind === "numeric") this.addNumbers(column.values, where, summary);
    else this.addTexts(column, where);
  }
  addNumbers(values, where, summary) {
    const s = this.schema;
    const type = s.type.value;
    const min = s.min?.value ?? -Infinity;
    const max = s.max?.value ?? Infinity;
    const checkType = type === "integer" || type === "boolean";
    const textChecks = this.allowedSet || this.pattern || this.seen;
    let present = 0;
    let offending = false;
    if (summary) {
      if (summary.min >= min && summary.max <= max && !textChecks && !checkType) {
        const missing = values.length - summary.n;
        if (missing > 0) {
          let found = 0;
          const known = summary.missingRows && summary.missingRows.length >= Math.min(missing, MAX_EXAMPLES) ? summary.missingRows : void 0;
          const end = known ? known.length : values.length;
          for (let k = 0; k < end && this.missing.examples.length < MAX_EXAMPLES; k++) {
            const r = known ? known[k] : k;
            if (known || values[r] !== values[r]) {
              failAt(this.missing, where, r, "");
              found++;
            }
          }
          this.missing.failed += missing - found;
        }
        this.countChecked(summary.n, summary.n);
        return;
      }
      offending = summary.n < values.length || summary.min < min || summary.max > max;
      present = summary.n;
    } else {
      for (let r = 0; r < values.length; r++) {
        const v = values[r];
        if (v !== v || v < min || v > max) offending = true;
        else present++;
      }
    }
    if (offending || textChecks || checkType) {
      present = 0;
      for (let r = 0; r < values.length; r++) {
        const v = values[r];
        if (v !== v) {
          failAt(this.missing, where, r, "");
          continue;
        }
        present++;
        if (checkType && (type === "integer" ? v !== Math.trunc(v) : v !== 0 && v !== 1)) failAt(this.type, where, r, numberAsCategory(v));
        if (v < min) failAt(this.min, where, r, numberAsCategory(v));
        if (v > max) failAt(this.max, where, r, numberAsCategory(v));
        if (textChecks) this.checkText(numberAsCategory(v), v, r, where);
      }
    }
    this.countChecked(present, present);
  }
  addTexts(column, where) {
    const rows = column.codes?.length ?? column.values.length;
    const codes = this.seen ? void 0 : column.codes;
    let clean;
    if (codes && column.dictionary) {
      clean = [];
      for (const text of column.dictionary) clean.push(this.passesAll(text));
    }
    const s = this.schema;
    const type = s.type.value;
    const numeric = type === "numeric" || type === "integer";
    const min = s.min?.value ?? -Infinity;
    const max = s.max?.value ?? Infinity;
    let present = 0;
    let numbers = 0;
    for (let r = 0; r < rows; r++) {
      if (clean && clean[codes[r]]) {
        present++;
        if (numeric) numbers++;
        continue;
      }
      const text = textAt(column, r);
      if (isMissingText(text)) {
        failAt(this.missing, where, r, "");
        continue;
      }
      present++;
      let key = text;
      if (numeric) {
        const v = parseNumber(text);
        if (v === void 0 || type === "integer" && v !== Math.trunc(v)) {
          failAt(this.type, where, r, text);
          if (v === void 0) continue;
        }
        numbers++;
        if (v < min) failAt(this.min, where, r, text);
        if (v > max) failAt(this.max, where, r, text);
        key = v;
      } else if (type === "boolean" && !BOOLEAN_TEXT.has(text.trim().toLowerCase())) {
        failAt(this.type, where, r, text);
      }
      this.checkText(typeof key === "number" ? numberAsCategory(key) : text, key, r, where);
    }
    this.countChecked(present, numeric ? numbers : 0);
  }
  /** true when a present cell of this text breaks none of the rules but `unique` (as addTexts checks them) */
  passesAll(text) {
    if (isMissingText(text)) return false;
    const type = this.schema.type.value;
    let shown = text;
    if (type === "numeric" || type === "integer") {
      const v = parseNumber(text);
      if (v === void 0 || type === "integer" && v !== Math.trunc(v)) return false;
      if (v < (this.schema.min?.value ?? -Infinity) || v > (this.schema.max?.value ?? Infinity)) return false;
      shown = numberAsCategory(v);
    } else if (type === "boolean" && !BOOLEAN_TEXT.has(text.trim().toLowerCase())) return false;
    if (this.allowedSet && !this.allowedSet.has(shown)) return false;
    return !this.pattern || this.pattern.test(shown);
  }
  checkText(text, key, r, where) {
    if (this.allowedSet && !this.allowedSet.has(text)) failAt(this.allowed, where, r, text);
    if (this.pattern && !this.pattern.test(text)) failAt(this.regex, where, r, text);
    if (this.seen) {
      if (this.seen.has(key)) failAt(this.unique, where, r, text);
      else this.seen.add(key);
    }
  }
  countChecked(present, numbers) {
    this.type.checked += present;
    this.min.checked += numbers;
    this.max.checked += numbers;
    this.allowed.checked += present;
    this.regex.checked += present;
    this.unique.checked += present;
  }
  /** the verdicts of every rule this column's schema sets */
  results() {
    const s = this.schema;
    const name = s.name;
    const id = (rule) => `column.${name}.${rule}`;
    const out = [];
    if (s.required) {
      const absent2 = this.absentIn.length > 0;
      out.push({
        id: id("required"),
        rule: "required",
        column: name,
        verdict: absent2 ? "fail" : "pass",
        message: absent2 ? `column "${name}" is missing from ${this.absentIn.join(", ")}` : `column "${name}" is present`,
        ...absent2 ? { examples: this.absentIn.map((file) => ({ file, line: 1, row: 0 })) } : {}
      });
    }
    const missing = this.missing.failed;
    const missingShare = this.rows ? missing / this.rows : 0;
    const tooMany = missingShare > s.maxMissing + 1e-12;
    out.push({
      id: id("missing"),
      rule: "missing",
      column: name,
      verdict: tooMany ? "fail" : "pass",
      message: `${missing} of ${this.rows} values missing (${formatPercent(missingShare)}; allowed ${s.maxMissing === 0 ? "none" : formatPercent(s.maxMissing)})`,
      expected: `\u2264 ${s.maxMissing}`,
      observed: String(missingShare),
      failed: missing,
      checked: this.rows,
      ...tooMany && this.missing.examples.length ? { examples: this.missing.examples } : {}
    });
    const typeWords = { numeric: "not a number", integer: "not a whole number", boolean: "not true/false", categorical: "", text: "" };
    if (typeWords[s.type.value]) out.push(tallyResult(id("type"), "type", name, this.type, s.type.mostly, `values ${typeWords[s.type.value]}`, `type ${s.type.value}`));
    if (s.min) out.push(tallyResult(id("min"), "min", name, this.min, s.min.mostly, `values below the minimum ${s.min.value}`, `\u2265 ${s.min.value}`));
    if (s.max) out.push(tallyResult(id("max"), "max", name, this.max, s.max.mostly, `values above the maximum ${s.max.value}`, `\u2264 ${s.max.value}`));
    if (s.allowedValues) out.push(tallyResult(id("allowed_values"), "allowed_values", name, this.allowed, s.allowedValues.mostly, "values not in allowed_values (unknown categories)", `one of ${s.allowedValues.value.slice(0, 20).join(", ")}`));
    if (s.regex) out.push(tallyResult(id("regex"), "regex", name, this.regex, s.regex.mostly, `values not matching /${s.regex.value}/`, `matches /${s.regex.value}/`));
    if (s.unique) out.push(tallyResult(id("unique"), "unique", name, this.unique, s.unique.mostly, "values repeating an earlier value", "unique values"));
    return out;
  }
};
function failAt(tally, where, r, value) {
  tally.fail(() => where(r, value));
}
function tallyResult(id, rule, column, tally, mostly, what, expected) {
  const holds = tally.holds(mostly);
  const mostlyText = mostly < 1 ? ` (mostly ${mostly}: at least ${formatPercent(mostly)} must pass)` : "";
  return {
    id,
    rule,
    column,
    verdict: holds ? "pass" : "fail",
    message: tally.failed === 0 ? `all ${tally.checked} values pass` : `${tally.failed} of ${tally.checked} ${what}${mostlyText}`,
    expected,
    observed: tally.checked ? `${formatPercent((tally.checked - tally.failed) / tally.checked)} pass` : "no values",
    failed: tally.failed,
    checked: tally.checked,
    ...tally.failed > 0 ? { examples: tally.examples } : {}
  };
}

// shared/validate/rules/duplicate-rows.ts
var DUPLICATE_CHECK_MAX_ROWS = 1e7;
var DuplicateRows = class {
  tally = new Tally();
  seen = /* @__PURE__ */ new Set();
  get gaveUp() {
    return this.seen === void 0;
  }
  addBatch(table, firstRow) {
    const seen = this.seen;
    if (!seen) return;
    const n = table.rowCount;
    const high = new Int32Array(n);
    const low = new Int32Array(n).fill(625341585);
    const names = table.columns.map((c) => c.name).sort();
    for (const name of names) {
      const column = table.columns.find((c) => c.name === name);
      const seedHigh = hashString(name);
      for (let r = 0; r < n; r++) {
        const cell = column.kind === "numeric" ? hashNumber(column.values[r], seedHigh) : hashString(column.values[r] ?? "\0missing", seedHigh);
        high[r] = Math.imul(high[r] ^ cell, 2654435761) + 2135587861;
        low[r] = Math.imul(low[r] + cell, 2246822519) ^ cell >>> 7;
      }
    }
    this.tally.checked += n;
    for (let r = 0; r < n; r++) {
      const key = (high[r] >>> 0) * 2097152 + (low[r] >>> 0 >>> 11);
      if (seen.has(key)) {
        const line = table.rowLines?.[r];
        this.tally.fail(() => line !== void 0 ? { file: table.source, line, row: firstRow + r + 1 } : { file: table.source, row: firstRow + r + 1 });
      } else seen.add(key);
    }
    if (seen.size > DUPLICATE_CHECK_MAX_ROWS) this.seen = void 0;
  }
};

// shared/validate/schema/types.ts
function profileKindOf(type) {
  return type === "numeric" || type === "integer" ? "numeric" : "categorical";
}

// shared/validate/stats/hash-set.ts
var HashSet32 = class {
  /**
   * `limit`: the owner drops the set once it holds more than this many hashes (HyperLogLog turns
   * to registers), so the table starts big enough for them and never rehashes; the one hash past
   * the limit needs no room to grow into.
   */
  constructor(limit = Infinity) {
    this.limit = limit;
    this.slots = new Uint32Array(limit === Infinity ? 1024 : 2 ** Math.ceil(Math.log2(2 * limit)));
  }
  limit;
  slots;
  hasZero = false;
  /** hashes held */
  size = 0;
  add(hash) {
    hash >>>= 0;
    if (hash === 0) {
      if (!this.hasZero) {
        this.hasZero = true;
        this.size++;
      }
      return;
    }
    let slots = this.slots;
    let mask = slots.length - 1;
    for (let at = Math.imul(hash, 2654435761) >>> 0 & mask; ; at = at + 1 & mask) {
      const held = slots[at];
      if (held === hash) return;
      if (held !== 0) continue;
      slots[at] = hash;
      this.size++;
      if (2 * this.size > slots.length && (this.size <= this.limit || 4 * this.size > 3 * slots.length)) {
        this.grow();
        slots = this.slots;
        mask = slots.length - 1;
      }
      return;
    }
  }
  /** the table itself, for ColumnKernel.addToSet to add to as `add` would (then `restore`) */
  get slotArray() {
    return this.slots;
  }
  /** whether the hash 0 is held (no slot holds it) */
  get holdsZero() {
    return this.hasZero;
  }
  /** after the slots were filled in place (ColumnKernel.addToSet): how many hashes, and whether 0 is one */
  restore(size, hasZero) {
    this.size = size;
    this.hasZero = hasZero;
  }
  /** the table's slots: twice the hashes held at least (while it keeps to its limit) */
  get slotCount() {
    return this.slots.length;
  }
  /** every hash, in no particular order */
  values() {
    const out = new Uint32Array(this.size);
    let n = 0;
    if (this.hasZero) out[n++] = 0;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) out[n++] = slots[i];
    return out;
  }
  grow() {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.size = this.hasZero ? 1 : 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.add(old[i]);
  }
};

// shared/validate/stats/hyperloglog.ts
var HLL_PRECISION = 14;
var REGISTERS2 = 1 << HLL_PRECISION;
var REST_BITS = 32 - HLL_PRECISION;
var EXACT_LIMIT = 4096;
var INVERSE_POWERS = Float64Array.from({ length: 256 }, (_, r) => 2 ** -r);
var HyperLogLog = class _HyperLogLog {
  registers;
  hashes = new HashSet32(EXACT_LIMIT);
  addHash(hash) {
    const hashes = this.hashes;
    if (hashes) {
      hashes.add(hash);
      if (hashes.size > EXACT_LIMIT) this.densify();
      return;
    }
    const registers = this.registers;
    const index = hash >>> REST_BITS;
    const rank = Math.clz32(hash << HLL_PRECISION | 1 << HLL_PRECISION - 1) + 1;
    if (rank > registers[index]) registers[index] = rank;
  }
  /**
   * Adds every non-NaN number of an array, hashing each from its bytes in place (as hashNumber
   * would): the hot path of numeric columns. Relies on the platform's little-endian doubles.
   * `kernel`: the same values loaded in the WebAssembly kernel, which runs the register loop.
   */
  addNumbers(values, kernel2) {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const n = values.length;
    let i = 0;
    const hashes = this.hashes;
    if (kernel2 && hashes) {
      const empty = hashes.size === 0;
      const stop = kernel2.addToSet(hashes, EXACT_LIMIT);
      if (stop >= 0) {
        if (hashes.size <= EXACT_LIMIT) return;
        if (empty) {
          this.hashes = void 0;
          this.registers = new Uint8Array(REGISTERS2);
          kernel2.addToRegisters(this.registers, 0);
          return;
        }
        this.densify();
        i = stop;
      }
    }
    for (; i < n && !this.registers; i++) {
      const v = values[i];
      if (v === v) this.addHash(hashFloatWords(words[2 * i], v === 0 ? 0 : words[2 * i + 1]));
    }
    const registers = this.registers;
    if (!registers) return;
    if (kernel2) {
      kernel2.addToRegisters(registers, i);
      return;
    }
    for (; i < n; i++) {
      const v = values[i];
      if (v !== v) continue;
      const hash = hashFloatWords(words[2 * i], v === 0 ? 0 : words[2 * i + 1]);
      const index = hash >>> REST_BITS;
      const rank = Math.clz32(hash << HLL_PRECISION | 1 << HLL_PRECISION - 1) + 1;
      if (rank > registers[index]) registers[index] = rank;
    }
  }
  densify() {
    const hashes = this.hashes;
    this.hashes = void 0;
    this.registers = new Uint8Array(REGISTERS2);
    const values = hashes.values();
    for (let i = 0; i < values.length; i++) this.addHash(values[i]);
  }
  merge(other) {
    const out = new _HyperLogLog();
    for (const part of [this, other]) {
      if (part.hashes) for (const h of part.hashes.values()) out.addHash(h);
    }
    for (const part of [this, other]) {
      if (!part.registers) continue;
      if (out.hashes) out.densify();
      const mine = out.registers;
      const theirs = part.registers;
      for (let i = 0; i < REGISTERS2; i++) if (theirs[i] > mine[i]) mine[i] = theirs[i];
    }
    return out;
  }
  estimate() {
    if (this.hashes) return this.hashes.size;
    const { sum, zeros } = columnKernel()?.registerSums(this.registers) ?? registerSums(this.registers);
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS2);
    const raw = alpha * REGISTERS2 * REGISTERS2 / sum;
    if (raw <= 2.5 * REGISTERS2 && zeros > 0) return Math.round(REGISTERS2 * Math.log(REGISTERS2 / zeros));
    const two32 = 4294967296;
    if (raw > two32 / 30) return Math.round(-two32 * Math.log(1 - raw / two32));
    return Math.round(raw);
  }
  /** "exact:" and the sorted hashes, or "hll:" and the registers, base64 */
  toJSON() {
    if (this.hashes) return `exact:${Buffer.from(this.hashes.values().sort().buffer).toString("base64")}`;
    return `hll:${Buffer.from(this.registers).toString("base64")}`;
  }
  static fromJSON(text) {
    const [mode, data = ""] = text.split(":");
    const bytes = Buffer.from(data, "base64");
    const out = new _HyperLogLog();
    if (mode === "exact" && bytes.length % 4 === 0) {
      const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      for (const h of words) out.addHash(h);
      return out;
    }
    if (mode === "hll" && bytes.length === REGISTERS2) {
      out.hashes = void 0;
      out.registers = new Uint8Array(bytes);
      return out;
    }
    throw new Error("the distinct-count sketch in this statistics file is damaged");
  }
};
function registerSums(registers) {
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < REGISTERS2; i++) {
    const r = registers[i];
    sum += INVERSE_POWERS[r];
    if (r === 0) zeros++;
  }
  return { sum, zeros };
}

// shared/validate/stats/quantile-sketch.ts
var QUANTILE_RELATIVE_ERROR = 0.01;
var GAMMA = (1 + QUANTILE_RELATIVE_ERROR) / (1 - QUANTILE_RELATIVE_ERROR);
var BUCKETS_PER_OCTAVE = 1 / (GAMMA - 1);
var TWO_POW_32 = 4294967296;
var TWO_POW_MINUS_52 = 2 ** -52;
var MAX_BUCKETS2 = 4096;
var scratch = new Float64Array(1);
var scratchWords = new Uint32Array(scratch.buffer);
function indexOfWords(low, high) {
  const exponent = (high >>> 20 & 2047) - 1023;
  const fraction = ((high & 1048575) * TWO_POW_32 + low) * TWO_POW_MINUS_52;
  return Math.ceil((exponent + fraction) * BUCKETS_PER_OCTAVE);
}
function bucketBound(index) {
  const position = index / BUCKETS_PER_OCTAVE;
  const exponent = Math.floor(position);
  return 2 ** exponent * (1 + position - exponent);
}
var BucketStore = class {
  counts = new Float64Array(0);
  offset = 0;
  total = 0;
  add(index, count) {
    if (this.counts.length === 0) {
      this.counts = new Float64Array(64);
      this.offset = index - 32;
    }
    if (index < this.offset || index >= this.offset + this.counts.length) this.grow(index);
    if (index < this.offset) index = this.offset;
    this.counts[index - this.offset] += count;
    this.total += count;
  }
  grow(index) {
    const hi = Math.max(this.offset + this.counts.length - 1, index);
    const lo = Math.max(Math.min(this.offset, index), hi - MAX_BUCKETS2 + 1);
    const needed = hi - lo + 1;
    const size = Math.min(MAX_BUCKETS2, needed * 2);
    const start = lo - Math.floor((size - needed) / 2);
    if (start === this.offset && size === this.counts.length) return;
    const next = new Float64Array(size);
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i];
      if (c !== 0) next[Math.max(this.offset + i, start) - start] += c;
    }
    this.counts = next;
    this.offset = start;
  }
  /** [index, count] pairs of non-empty buckets, ascending */
  entries() {
    const out = [];
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] > 0) out.push([this.offset + i, this.counts[i]]);
    return out;
  }
};
var QuantileSketch = class _QuantileSketch {
  positive = new BucketStore();
  negative = new BucketStore();
  zero = 0;
  get count() {
    return this.positive.total + this.negative.total + this.zero;
  }
  /** adds a finite value; NaN and infinities are left out (they have no quantile) */
  add(value) {
    scratch[0] = value;
    this.addWords(scratchWords[0], scratchWords[1]);
  }
  addWords(low, high) {
    const biased = high >>> 20 & 2047;
    if (biased === 2047) return;
    if (biased === 0) this.zero++;
    else (high >>> 31 ? this.negative : this.positive).add(indexOfWords(low, high), 1);
  }
  /** adds every finite value of an array, reading each double's bits in place */
  addAll(values) {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const positive = this.positive;
    for (let i = 0; i < values.length; i++) {
      const low = words[2 * i];
      const high = words[2 * i + 1];
      const biased = high >>> 20 & 2047;
      if (high >>> 31 === 0 && biased !== 0 && biased !== 2047) {
        const at = indexOfWords(low, high) - positive.offset;
        if (at >= 0 && at < positive.counts.length) {
          positive.counts[at]++;
          positive.total++;
          continue;
        }
      }
      this.addWords(low, high);
    }
  }
  /**
   * addAll of the values loaded in `kernel` (the same `values`): the module counts every value that
   * falls in its store's current buckets; each one that does not is added here, growing its store,
   * and the module goes on after it. The same counts as addAll, in the same stores.
   */
  addLoaded(kernel2, values) {
    const n = values.length;
    const positive = this.positive;
    const negative = this.negative;
    let from = 0;
    let loaded = false;
    while (from < n) {
      if (!loaded) {
        kernel2.positive.set(positive.counts);
        kernel2.negative.set(negative.counts);
        loaded = true;
      }
      const stop = kernel2.buckets(from, BUCKETS_PER_OCTAVE, positive.offset, positive.counts.length, negative.offset, negative.counts.length);
      positive.total += kernel2.result[0];
      negative.total += kernel2.result[1];
      this.zero += kernel2.result[2];
      if (stop < n) {
        const value = values[stop];
        const store = value < 0 ? negative : positive;
        from = stop + 1;
        scratch[0] = value;
        if (store.counts.length === MAX_BUCKETS2 && indexOfWords(scratchWords[0], scratchWords[1]) < store.offset) {
          (value < 0 ? kernel2.negative : kernel2.positive)[0]++;
          store.total++;
          continue;
        }
        positive.counts.set(kernel2.positive.subarray(0, positive.counts.length));
        negative.counts.set(kernel2.negative.subarray(0, negative.counts.length));
        loaded = false;
        this.add(value);
        continue;
      }
      positive.counts.set(kernel2.positive.subarray(0, positive.counts.length));
      negative.counts.set(kernel2.negative.subarray(0, negative.counts.length));
      return;
    }
    if (loaded) {
      positive.counts.set(kernel2.positive.subarray(0, positive.counts.length));
      negative.counts.set(kernel2.negative.subarray(0, negative.counts.length));
    }
  }
  merge(other) {
    const out = new _QuantileSketch();
    for (const s of [this, other]) {
      for (const [i, c] of s.positive.entries()) out.positive.add(i, c);
      for (const [i, c] of s.negative.entries()) out.negative.add(i, c);
      out.zero += s.zero;
    }
    return out;
  }
  /**
   * Value-weighted buckets, ascending by value: what quantiles, histograms and distances read.
   * Each bucket's value is 2·lo·hi/(lo+hi) of its bounds, within α of every value it holds.
   */
  buckets() {
    const out = [];
    const neg = this.negative.entries();
    for (let k = neg.length - 1; k >= 0; k--) out.push({ value: -bucketValue(neg[k][0]), count: neg[k][1] });
    if (this.zero > 0) out.push({ value: 0, count: this.zero });
    for (const [i, c] of this.positive.entries()) out.push({ value: bucketValue(i), count: c });
    return out;
  }
  /**
   * the q-quantile (0 ≤ q ≤ 1) by the lower rank convention, undefined when empty; `all`: this
   * sketch's buckets() when the caller has them already (several quantiles read the same list)
   */
  quantile(q, all) {
    const n = this.count;
    if (n === 0) return void 0;
    const rank = q * (n - 1);
    let seen = 0;
    all ??= this.buckets();
    for (const b of all) {
      seen += b.count;
      if (seen > rank) return b.value;
    }
    return all[all.length - 1].value;
  }
  toJSON() {
    return { relativeError: QUANTILE_RELATIVE_ERROR, zero: this.zero, positive: this.positive.entries(), negative: this.negative.entries() };
  }
  static fromJSON(json) {
    if (json.relativeError !== QUANTILE_RELATIVE_ERROR) throw new Error(`quantile sketch made with relative error ${json.relativeError}, this version uses ${QUANTILE_RELATIVE_ERROR}`);
    const s = new _QuantileSketch();
    s.zero = json.zero;
    for (const [i, c] of json.positive) s.positive.add(i, c);
    for (const [i, c] of json.negative) s.negative.add(i, c);
    return s;
  }
};
function bucketValue(index) {
  const lo = bucketBound(index - 1);
  const hi = bucketBound(index);
  return 2 * lo * hi / (lo + hi);
}

// shared/validate/stats/frequent-values.ts
var FREQUENT_VALUES_CAPACITY = 1e3;
var FrequentValues = class _FrequentValues {
  constructor(capacity = FREQUENT_VALUES_CAPACITY) {
    this.capacity = capacity;
  }
  capacity;
  /** one mutable counter per value: one hash lookup per value seen, not two */
  counters = /* @__PURE__ */ new Map();
  error = 0;
  get size() {
    return this.counters.size;
  }
  /** counts a value; true when the value had no counter (first seen, or seen again after a reduction) */
  add(value, count = 1) {
    const counter = this.counters.get(value);
    if (counter) {
      counter.n += count;
      return false;
    }
    this.counters.set(value, { n: count });
    if (this.counters.size > 2 * this.capacity) this.reduce();
    return true;
  }
  /** true while no counter was ever dropped: counts are exact */
  get exact() {
    return this.error === 0;
  }
  /** subtracts the (capacity+1)-th largest count from all and drops the counters that reach zero; false when there is nothing to drop */
  reduce() {
    if (this.counters.size <= this.capacity) return false;
    const sorted = [...this.counters.values()].map((c) => c.n).sort((a, b) => b - a);
    const cut = sorted[this.capacity];
    for (const [k, c] of this.counters) {
      if (c.n <= cut) this.counters.delete(k);
      else c.n -= cut;
    }
    this.error += cut;
    return true;
  }
  merge(other) {
    const out = new _FrequentValues(Math.min(this.capacity, other.capacity));
    out.error = this.error + other.error;
    for (const part of [this, other]) {
      for (const [k, c] of part.counters) {
        const mine = out.counters.get(k);
        if (mine) mine.n += c.n;
        else out.counters.set(k, { n: c.n });
      }
    }
    out.reduce();
    return out;
  }
  /** the `limit` most frequent values, ties broken by value so output is stable */
  top(limit = Infinity) {
    return [...this.counters].map(([k, c]) => [k, c.n]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
  }
  /** `top`: this summary's top(), when the caller has it already (one sort of the counters, not two, unless reducing changes them) */
  toJSON(top) {
    const reduced = this.reduce();
    return { capacity: this.capacity, error: this.error, counts: top && !reduced ? top : this.top() };
  }
  static fromJSON(json) {
    const out = new _FrequentValues(json.capacity);
    out.error = json.error;
    for (const [k, c] of json.counts) out.counters.set(k, { n: c });
    return out;
  }
};
var SMALL_DOMAIN_LIMIT = 64;
var SmallDomainCounts = class _SmallDomainCounts {
  counts = /* @__PURE__ */ new Map();
  addAll(values) {
    const counts = this.counts;
    if (!counts) return;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) continue;
      const key = v === 0 ? 0 : v;
      const c = counts.get(key);
      if (c !== void 0) counts.set(key, c + 1);
      else if (counts.size >= SMALL_DOMAIN_LIMIT) {
        this.counts = void 0;
        return;
      } else counts.set(key, 1);
    }
  }
  merge(other) {
    const out = new _SmallDomainCounts();
    if (!this.counts || !other.counts) {
      out.counts = void 0;
      return out;
    }
    const merged = new Map(this.counts);
    for (const [k, c] of other.counts) merged.set(k, (merged.get(k) ?? 0) + c);
    out.counts = merged.size > SMALL_DOMAIN_LIMIT ? void 0 : merged;
    return out;
  }
  toJSON() {
    return this.counts ? [...this.counts].sort((a, b) => a[0] - b[0]) : null;
  }
  static fromJSON(json) {
    const out = new _SmallDomainCounts();
    out.counts = json ? new Map(json) : void 0;
    return out;
  }
};

// shared/validate/stats/histogram.ts
var HISTOGRAM_BINS = 20;
function histogramOf(sketch, min, max, bins = HISTOGRAM_BINS, buckets = sketch.buckets()) {
  if (sketch.count === 0 || !(max >= min)) return void 0;
  if (max === min) return { edges: [min, max], counts: [sketch.count] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => i === bins ? max : min + i * width);
  const counts = new Array(bins).fill(0);
  for (const b of buckets) {
    const at = Math.min(bins - 1, Math.max(0, Math.floor((b.value - min) / width)));
    counts[at] += b.count;
  }
  return { edges, counts };
}

// shared/validate/stats/column-profile.ts
var REPORTED_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
var TOP_VALUES_REPORTED = 10;
var ColumnProfile = class _ColumnProfile {
  constructor(name, kind) {
    this.name = name;
    this.kind = kind;
  }
  name;
  kind;
  count = 0;
  missing = 0;
  invalid = 0;
  /** numbers with a fractional part: none means the column holds integers */
  fractional = 0;
  moments = emptyMoments();
  sketch = new QuantileSketch();
  smallDomain = new SmallDomainCounts();
  categories = new FrequentValues();
  distinct = new HyperLogLog();
  /** each batch's moments, in order, when asked for (see DatasetProfile) */
  momentLog;
  /**
   * the numbers of the batch last added and their moments (for checks that can use them), and where
   * the kernel found them: the indexes of their first NaN (at most five)
   */
  batch;
  /** adds a batch of this column's cells; a column absent from a file adds `rows` missing cells */
  add(column, rows) {
    this.count += rows;
    this.batch = void 0;
    if (!column) {
      this.missing += rows;
      return;
    }
    if (this.kind === "numeric") {
      if (column.kind === "numeric") this.addNumbers(column.values);
      else {
        const parsed = this.parseTexts(column.values);
        this.addNumbers(parsed.numbers, parsed.invalid);
      }
    } else if (column.kind === "numeric") {
      for (const v of column.values) this.addCategory(v !== v ? null : numberAsCategory(v));
    } else if (!(column.codes && column.dictionary && this.addCodes(column.codes, column.dictionary))) {
      const values = column.values;
      for (let i = 0; i < values.length; i++) this.addCategory(values[i]);
    }
  }
  /**
   * A coded batch of categories: counted as integers, then each value once with its count. False,
   * having done nothing, when the frequent values could reduce within the batch (then the order of
   * the cells matters, and they go one by one as ever): the result is the cell-by-cell one exactly.
   */
  addCodes(codes, dictionary) {
    const counts = new Int32Array(dictionary.length);
    const missing = countCodes(codes, counts);
    let used = 0;
    for (let k = 0; k < counts.length; k++) if (counts[k] > 0) used++;
    if (this.categories.size + used > 2 * this.categories.capacity) return false;
    this.missing += missing;
    for (let k = 0; k < counts.length; k++) {
      const count = counts[k];
      if (count === 0) continue;
      const value = dictionary[k];
      if (isMissingText(value)) this.missing += count;
      else if (this.categories.add(value, count)) this.distinct.addHash(hashString(value));
    }
    return true;
  }
  /** text cells of a numeric column as numbers; cells that are not numbers become NaN and count as invalid */
  parseTexts(values) {
    const numbers = new Float64Array(values.length);
    let invalid = 0;
    for (let i = 0; i < values.length; i++) {
      const text = values[i];
      const v = isMissingText(text) ? NaN : parseNumber(text);
      if (v === void 0) invalid++;
      numbers[i] = v ?? NaN;
    }
    return { numbers, invalid };
  }
  addNumbers(values, invalid = 0) {
    const kernel2 = columnKernel();
    const loaded = kernel2?.load(values) ? kernel2 : void 0;
    const m = loaded ? loaded.moments() : momentsOf(values);
    this.batch = { values, moments: m, firstNaNs: loaded?.firstNaNs(values.length - m.n) };
    this.momentLog?.push(m);
    this.invalid += invalid;
    this.missing += values.length - m.n - invalid;
    this.moments = mergeMoments(this.moments, m);
    if (loaded) this.sketch.addLoaded(loaded, values);
    else this.sketch.addAll(values);
    this.smallDomain.addAll(values);
    this.distinct.addNumbers(values, loaded);
    this.fractional += loaded ? loaded.fractional : fractionalCount(values);
  }
  addCategory(value) {
    if (isMissingText(value)) {
      this.missing++;
      return;
    }
    if (this.categories.add(value)) this.distinct.addHash(hashString(value));
  }
  merge(other) {
    if (other.kind !== this.kind) {
      throw new UserError(
        `Column "${this.name}" was profiled as ${this.kind} in one part and as ${other.kind} in the other, so their statistics cannot merge.`,
        "input merge",
        "Validate every shard with the same committed schema (schema: .mlci/data-schema.yml) rather than schema: infer, so that each column is read the same way."
      );
    }
    const out = new _ColumnProfile(this.name, this.kind);
    out.count = this.count + other.count;
    out.missing = this.missing + other.missing;
    out.invalid = this.invalid + other.invalid;
    out.fractional = this.fractional + other.fractional;
    out.moments = mergeMoments(this.moments, other.moments);
    out.sketch = this.sketch.merge(other.sketch);
    out.smallDomain = this.smallDomain.merge(other.smallDomain);
    out.categories = this.categories.merge(other.categories);
    out.distinct = this.distinct.merge(other.distinct);
    return out;
  }
  /** value counts as categories: exact small-domain counts for numbers, the frequent values for text */
  valueCounts() {
    if (this.kind === "categorical") return { counts: this.categories.top(), exact: this.categories.exact };
    const small = this.smallDomain.counts;
    if (!small) return { counts: [], exact: false };
    return { counts: [...small].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v, c]) => [numberAsCategory(v), c]), exact: true };
  }
  toJSON() {
    const counts = this.valueCounts().counts;
    const json = {
      name: this.name,
      kind: this.kind,
      count: this.count,
      missing: this.missing,
      invalid: this.invalid,
      distinct: this.distinct.estimate(),
      top: counts.slice(0, TOP_VALUES_REPORTED),
      distinctSketch: this.distinct.toJSON()
    };
    if (this.kind === "numeric") {
      const m = this.moments;
      const quantiles = {};
      const buckets = this.sketch.buckets();
      for (const q of REPORTED_QUANTILES) {
        const v = this.sketch.quantile(q, buckets);
        if (v !== void 0) quantiles[String(q)] = Math.min(m.max, Math.max(m.min, v));
      }
      json.numeric = {
        n: m.n,
        fractional: this.fractional,
        mean: m.n ? m.mean : null,
        std: sampleStd(m) ?? null,
        min: m.n ? m.min : null,
        max: m.n ? m.max : null,
        quantiles,
        histogram: histogramOf(this.sketch, m.min, m.max, void 0, buckets) ?? null,
        m2: m.m2,
        sketch: this.sketch.toJSON(),
        smallDomain: this.smallDomain.toJSON()
      };
    } else {
      json.categories = this.categories.toJSON(counts);
    }
    return json;
  }
  static fromJSON(json) {
    const p = new _ColumnProfile(json.name, json.kind);
    p.count = json.count;
    p.missing = json.missing;
    p.invalid = json.invalid;
    p.distinct = HyperLogLog.fromJSON(json.distinctSketch);
    if (json.numeric) {
      const n = json.numeric;
      p.fractional = n.fractional;
      p.moments = { n: n.n, mean: n.mean ?? 0, m2: n.m2, min: n.min ?? Infinity, max: n.max ?? -Infinity };
      p.sketch = QuantileSketch.fromJSON(n.sketch);
      p.smallDomain = SmallDomainCounts.fromJSON(n.smallDomain);
    }
    if (json.categories) p.categories = FrequentValues.fromJSON(json.categories);
    return p;
  }
  /** population standard deviation of the numbers (what Evidently normalises Wasserstein by) */
  populationStd() {
    return populationStd(this.moments);
  }
};
function fractionalCount(values) {
  let fractional = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== Math.floor(v) && v === v) fractional++;
  }
  return fractional;
}
function countCodes(codes, counts) {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) missing++;
    else counts[code]++;
  }
  return missing;
}

// shared/fs/float64-base64.ts
import { endianness } from "node:os";
var littleEndian = endianness() === "LE";
function float64Base64(values) {
  if (littleEndian) return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
  const bytes = Buffer.alloc(values.length * 8);
  for (let k = 0; k < values.length; k++) bytes.writeDoubleLE(values[k], k * 8);
  return bytes.toString("base64");
}
function isFloat64Json(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.float64 === "string";
}
function float64FromBase64(text, what) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error(`${what} is not base64 text`);
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 8 !== 0) throw new Error(`${what} holds ${bytes.length} bytes, not a whole number of 8-byte doubles`);
  const out = new Float64Array(bytes.length / 8);
  if (littleEndian) new Uint8Array(out.buffer).set(bytes);
  else for (let k = 0; k < out.length; k++) out[k] = bytes.readDoubleLE(k * 8);
  return out;
}

// shared/fs/json-text.ts
function jsonNumber(value) {
  return value - value === 0 ? String(value) : "null";
}
function jsonBreak(depth) {
  return `
${"  ".repeat(depth)}`;
}
var MAX_GAP = 10;
function jsonArray(values, depth) {
  const gap = "  ".repeat(depth + 1);
  if (values.length > 0 && gap.length <= MAX_GAP) return `${JSON.stringify(values, null, gap).slice(0, -1)}${"  ".repeat(depth)}]`;
  return jsonIndented(values, depth);
}
function jsonIndented(value, depth) {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll("\n", jsonBreak(depth));
}

// shared/validate/stats/row-sample.ts
var ROW_SAMPLE_CAPACITY = 5e3;
var RowSample = class _RowSample {
  constructor(capacity = ROW_SAMPLE_CAPACITY) {
    this.capacity = capacity;
    this.heap = new Int32Array(capacity);
    this.priorities = new Float64Array(capacity);
  }
  capacity;
  /** a max-heap of slots on their priority, so the row to evict is at the top */
  heap;
  priorities;
  /** per slot, the column names its row has (one array per batch, shared by its rows) */
  slotNames = [];
  columns = /* @__PURE__ */ new Map();
  /** the same columns, in an array (emptied one by one for each row placed) */
  storeList = [];
  count = 0;
  /** the slots in priority order, kept until the next change: drift reads one column at a time */
  sorted;
  get size() {
    return this.count;
  }
  /** whether a row with this priority would enter the sample: cheap test before building the row */
  wants(priority) {
    return this.count < this.capacity || priority < this.priorities[this.heap[0]];
  }
  /** the largest priority kept (Infinity while the sample is not full): rows at or above it cannot enter */
  get bound() {
    return this.count < this.capacity ? Infinity : this.priorities[this.heap[0]];
  }
  offer(priority, names, cells) {
    const slot = this.place(priority, names);
    if (slot < 0) return;
    for (let k = 0; k < names.length; k++) this.set(this.store(names[k]), slot, cells[k] ?? null);
  }
  /**
   * Makes room for a row of this priority (evicting the top when full) and returns its slot, with
   * every cell null, or -1 when the row does not enter; the caller then sets its cells (`set`, or
   * straight into a store's `numbers` while it has them).
   */
  place(priority, names) {
    const slot = this.placeRow(priority, names);
    if (slot >= 0) this.clearSlot(slot, this.storeList);
    return slot;
  }
  /**
   * place() without emptying the slot's cells: for a caller that sets every column's cells of the
   * rows it places afterwards, column by column (setting the cells of columns its rows do not have
   * to nothing with `clearSlots`), in the order it placed them.
   */
  placeRow(priority, names) {
    if (!this.wants(priority)) return -1;
    return this.count < this.capacity ? this.fillSlot(priority, names) : this.replaceTop(priority, names);
  }
  /**
   * placeRow for a batch's candidates (their priorities, in row order) from the first, for as long
   * as the sample is not full: each enters. Writes each one's slot at its own index of `slots`;
   * returns how many entered. Then replaceRows for the rest. Why two loops of their own: a batch
   * that fills the sample (the first, 5,000 rows) runs its loop long enough for V8 to optimise it
   * mid-loop, before any row has replaced another; one loop for both ways, so optimised, was thrown
   * away at the first replacement (the next batch) and compiled again.
   */
  fillRows(priorities, count, names, slots) {
    let k = 0;
    for (; k < count && this.count < this.capacity; k++) slots[k] = this.fillSlot(priorities[k], names);
    return k;
  }
  /**
   * placeRow for candidates `from` … `count - 1` once the sample is full (after fillRows): those
   * that enter get their slots at `from`, `from + 1` …, their row indexes moved down alongside (an
   * index is read before it is written over); returns `from` plus how many entered.
   */
  replaceRows(priorities, indexes, from, count, names, slots) {
    let placed = from;
    for (let k = from; k < count; k++) {
      const priority = priorities[k];
      if (!(priority < this.priorities[this.heap[0]])) continue;
      slots[placed] = this.replaceTop(priority, names);
      indexes[placed++] = indexes[k];
    }
    return placed;
  }
  /** a new slot for a row, the sample not being full */
  fillSlot(priority, names) {
    this.sorted = void 0;
    const slot = this.count++;
    this.priorities[slot] = priority;
    this.siftUp(slot, slot);
    this.slotNames[slot] = names;
    return slot;
  }
  /** the slot of the row with the largest priority, given to a row of a smaller one */
  replaceTop(priority, names) {
    this.sorted = void 0;
    const slot = this.heap[0];
    this.priorities[slot] = priority;
    this.siftDown(slot);
    this.slotNames[slot] = names;
    return slot;
  }
  clearSlot(slot, stores) {
    for (let k = 0; k < stores.length; k++) {
      const column = stores[k];
      if (column.numbers) column.numbers[slot] = NaN;
      else column.cells[slot] = null;
    }
  }
  /** each of the first `count` slots emptied in every column but `kept` (see placeRow) */
  clearSlots(slots, count, kept) {
    const others = this.storeList.filter((column) => !kept.includes(column));
    if (others.length === 0) return;
    for (let k = 0; k < count; k++) this.clearSlot(slots[k], others);
  }
  /** a column's cells, created (all null) on first use */
  store(name) {
    let column = this.columns.get(name);
    if (!column) {
      column = { numbers: new Float64Array(this.capacity).fill(NaN), cells: void 0 };
      this.columns.set(name, column);
      this.storeList.push(column);
    }
    return column;
  }
  set(column, slot, cell) {
    if (column.numbers) {
      if (typeof cell !== "string") {
        column.numbers[slot] = cell ?? NaN;
        return;
      }
      column.cells = Array.from(column.numbers, (v) => v === v ? v : null);
      column.numbers = void 0;
    }
    column.cells[slot] = cell;
  }
  merge(other) {
    const out = new _RowSample(Math.min(this.capacity, other.capacity));
    for (const part of [this, other]) {
      let names;
      let from = [];
      let to = [];
      for (let slot = 0; slot < part.count; slot++) {
        if (part.slotNames[slot] !== names) {
          names = part.slotNames[slot];
          from = names.map((name) => part.columns.get(name));
          to = names.map((name) => out.store(name));
        }
        const at = out.place(part.priorities[slot], names);
        if (at < 0) continue;
        for (let k = 0; k < from.length; k++) {
          const source = from[k].numbers;
          const target = to[k].numbers;
          if (source && target) target[at] = source[slot];
          else out.set(to[k], at, cellOf(from[k], slot));
        }
      }
    }
    return out;
  }
  ordered() {
    this.sorted ??= slotsByPriority(this.priorities, this.count);
    return this.sorted;
  }
  /** the sampled values of one column, in priority order (null where missing or absent) */
  column(name) {
    const column = this.columns.get(name);
    return Array.from(this.ordered(), (slot) => column ? cellOf(column, slot) : null);
  }
  toJSON() {
    const slots = this.ordered();
    const columns = {};
    for (const name of this.namesInOrder(slots)) {
      const column = this.columns.get(name);
      columns[name] = Array.from(slots, (slot) => cellOf(column, slot));
    }
    return { capacity: this.capacity, priorities: Array.from(slots, (slot) => this.priorities[slot]), columns };
  }
  /** the sample as statistics.json holds it (RowSampleFileJson) */
  toFileJSON() {
    const slots = this.ordered();
    const columns = {};
    for (const name of this.namesInOrder(slots)) columns[name] = fileCells(this.columns.get(name), slots);
    return { capacity: this.capacity, priorities: { float64: float64Base64(gathered(this.priorities, slots)) }, columns };
  }
  /**
   * The text of JSON.stringify(this.toFileJSON(), null, 2) nested `depth` levels deep inside another
   * value, a piece per column: statistics.json's largest part, without one string of all of it
   * (and a text column's array without stringify's second pass to indent it: jsonArray).
   */
  *jsonText(depth = 0) {
    const { capacity, priorities, columns } = this.toFileJSON();
    const inner = jsonBreak(depth + 1);
    const names = Object.keys(columns);
    yield `{${inner}"capacity": ${jsonNumber(capacity)},${inner}"priorities": ${jsonIndented(priorities, depth + 1)},${inner}"columns": ${names.length ? "{" : "{}"}`;
    let first = true;
    for (const name of names) {
      const cells = columns[name];
      yield `${first ? "" : ","}${jsonBreak(depth + 2)}${JSON.stringify(name)}: ${Array.isArray(cells) ? jsonArray(cells, depth + 2) : jsonIndented(cells, depth + 2)}`;
      first = false;
    }
    yield `${names.length ? `${inner}}` : ""}${jsonBreak(depth)}}`;
  }
  /** the names of the rows' columns, in the order the rows name them */
  namesInOrder(slots) {
    const names = /* @__PURE__ */ new Set();
    const read = /* @__PURE__ */ new Set();
    for (let k = 0; k < slots.length; k++) {
      const own = this.slotNames[slots[k]];
      if (read.has(own)) continue;
      read.add(own);
      for (const name of own) names.add(name);
    }
    return names;
  }
  static fromJSON(json) {
    const out = new _RowSample(json.capacity);
    out.absorb(json);
    return out;
  }
  /**
   * Adds the rows of a sample given as plain data (toJSON's, or a file's: toFileJSON's, or version
   * 1's arrays), in place: the rows `merge` would keep (the smallest priorities of both), without
   * building a sample for each side and a third for both.
   */
  absorb(json) {
    const names = Object.keys(json.columns);
    const priorities = isFloat64Json(json.priorities) ? float64FromBase64(json.priorities.float64, "the row sample's priorities") : json.priorities;
    const columns = names.map((name) => {
      const cells = json.columns[name];
      if (!isFloat64Json(cells)) return cells;
      const values = float64FromBase64(cells.float64, `the row sample's column ${JSON.stringify(name)}`);
      if (values.length !== priorities.length) throw new Error(`the row sample's column ${JSON.stringify(name)} holds ${values.length} values for ${priorities.length} rows`);
      return values;
    });
    const stores = names.map((name) => this.store(name));
    for (let i = 0; i < priorities.length; i++) {
      const slot = this.place(priorities[i], names);
      if (slot >= 0) columns.forEach((values, k) => this.set(stores[k], slot, cellIn(values, i)));
    }
  }
  siftUp(i, slot) {
    const h = this.heap;
    const p = this.priorities;
    const priority = p[slot];
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (p[h[parent]] >= priority) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = slot;
  }
  /** the top's slot, whose priority just fell, to its place */
  siftDown(slot) {
    const h = this.heap;
    const p = this.priorities;
    const priority = p[slot];
    const n = this.count;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && p[h[r]] > p[h[l]] ? r : l;
      if (p[h[child]] <= priority) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = slot;
  }
};
function cellOf(column, slot) {
  if (column.numbers) {
    const v = column.numbers[slot];
    return v === v ? v : null;
  }
  return column.cells[slot] ?? null;
}
function gathered(values, slots) {
  const out = new Float64Array(slots.length);
  for (let k = 0; k < slots.length; k++) out[k] = values[slots[k]];
  return out;
}
function fileCells(column, slots) {
  if (column.numbers) return { float64: float64Base64(gathered(column.numbers, slots)) };
  const cells = cellsAt(column.cells, slots);
  if (cells.some((cell) => typeof cell === "string")) return cells;
  return { float64: float64Base64(Float64Array.from(cells, (cell) => cell ?? NaN)) };
}
function cellIn(values, i) {
  if (Array.isArray(values)) return values[i] ?? null;
  const v = values[i];
  return v === v ? v : null;
}
function cellsAt(cells, slots) {
  const out = [];
  for (let k = 0; k < slots.length; k++) out.push(cells[slots[k]] ?? null);
  return out;
}
function slotsByPriority(priorities, count) {
  const sorted = priorities.slice(0, count).sort();
  const slotOf = /* @__PURE__ */ new Map();
  for (let slot = 0; slot < count; slot++) slotOf.set(priorities[slot], slot);
  const last = sorted[count - 1];
  if (slotOf.size < count || last !== last) return Int32Array.from({ length: count }, (_, slot) => slot).sort((a, b) => priorities[a] - priorities[b]);
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = slotOf.get(sorted[k]);
  return out;
}

// shared/validate/stats/dataset-profile.ts
var STATISTICS_FORMAT = "mlci-statistics";
var STATISTICS_VERSION = 2;
var READABLE_VERSIONS = [1, STATISTICS_VERSION];
var DatasetProfile = class _DatasetProfile {
  constructor(kinds = /* @__PURE__ */ new Map(), logMoments = false) {
    this.kinds = kinds;
    this.logMoments = logMoments;
  }
  kinds;
  logMoments;
  columns = /* @__PURE__ */ new Map();
  rows = 0;
  files = [];
  sample = new RowSample();
  /** adds a batch whose first row is row `firstRow` (0-based) of its file */
  addBatch(table, firstRow) {
    for (const column of table.columns) {
      if (!this.columns.has(column.name)) {
        const profile = new ColumnProfile(column.name, this.kinds.get(column.name) ?? guessKind(column));
        profile.add(void 0, this.rows);
        if (this.logMoments) profile.momentLog = [];
        this.columns.set(column.name, profile);
      }
    }
    const sampled = this.placeSampleRows(table, firstRow);
    const byName = new Map(table.columns.map((c, k) => [c.name, k]));
    for (const profile of this.columns.values()) {
      const k = byName.get(profile.name);
      profile.add(k === void 0 ? void 0 : table.columns[k], table.rowCount);
      if (sampled && k !== void 0) sampled.copyColumnCells(k);
    }
    this.rows += table.rowCount;
    const last = this.files[this.files.length - 1];
    if (last && last.file === table.source && firstRow > 0) last.rows += table.rowCount;
    else this.files.push({ file: table.source, rows: table.rowCount });
  }
  /**
   * The batch's rows that enter the sample, placed (their cells all null, or as `copyColumnCells` of
   * each column sets them); undefined when none enters.
   */
  placeSampleRows(table, firstRow) {
    const sample = this.sample;
    const bound = sample.bound;
    const rows = table.rowCount;
    const { priorities, indexes, slots } = candidateArrays(rows);
    const count = sampleCandidates(hashString(table.source), firstRow, rows, bound, priorities, indexes);
    if (count === 0) return void 0;
    const kept = count > sample.capacity ? keepAtMost(priorities, indexes, count, priorities.slice(0, count).sort()[sample.capacity - 1]) : count;
    const columns = table.columns;
    const names = [];
    const kinds = [];
    const stores = [];
    for (const column of columns) {
      names.push(column.name);
      kinds.push(this.columns.get(column.name).kind);
      stores.push(sample.store(column.name));
    }
    const filled = sample.fillRows(priorities, kept, names, slots);
    const placed = sample.replaceRows(priorities, indexes, filled, kept, names, slots);
    if (placed === 0) return void 0;
    sample.clearSlots(slots, placed, stores);
    return new SampledRows(sample, columns, kinds, stores, slots, indexes, placed);
  }
  merge(other) {
    const out = new _DatasetProfile();
    out.rows = this.rows + other.rows;
    out.files.push(...this.files, ...other.files);
    out.sample = this.sample.merge(other.sample);
    const names = [...this.columns.keys(), ...[...other.columns.keys()].filter((n) => !this.columns.has(n))];
    for (const name of names) {
      const a = this.columns.get(name) ?? absent(name, other.columns.get(name).kind, this.rows);
      const b = other.columns.get(name) ?? absent(name, a.kind, other.rows);
      out.columns.set(name, a.merge(b));
    }
    return out;
  }
  /**
   * Adds the statistics of later rows, given as plain data (a worker's), in place: what `merge`
   * gives, without a new profile and row sample for each part merged (monitor merges one per
   * file read, in a process that should stay small).
   */
  absorb(json) {
    const before = this.rows;
    this.rows += json.rows;
    this.files.push(...json.files);
    this.sample.absorb(json.sample);
    const theirs = /* @__PURE__ */ new Set();
    for (const c of json.columns) {
      theirs.add(c.name);
      const part = ColumnProfile.fromJSON(c);
      this.columns.set(c.name, (this.columns.get(c.name) ?? absent(c.name, part.kind, before)).merge(part));
    }
    for (const [name, mine] of this.columns) if (!theirs.has(name)) this.columns.set(name, mine.merge(absent(name, mine.kind, json.rows)));
  }
  toJSON() {
    return { ...this.jsonHead(), sample: this.sample.toJSON() };
  }
  /** statistics.json's object: toJSON's with the row sample as the file holds it (RowSample.toFileJSON) */
  toFileJSON() {
    return { ...this.jsonHead(), sample: this.sample.toFileJSON() };
  }
  /**
   * statistics.json for validate-data to write and return: `text`, that of JSON.stringify(toFileJSON(),
   * null, 2) and a line feed, in chunks (the row sample written straight from its slots), and
   * `json`, toJSON()'s object, whose row sample is built only if it is read (callers rarely do,
   * and building it cost more than writing it).
   */
  toStatisticsFile() {
    const head = this.jsonHead();
    const sample = this.sample;
    let built;
    const json = {
      ...head,
      get sample() {
        return built ??= sample.toJSON();
      },
      // a caller may replace it, as it could a plain property
      set sample(value) {
        built = value;
      }
    };
    return { json, text: statisticsText(head, sample) };
  }
  /** toJSON's object without the row sample, its last key */
  jsonHead() {
    return {
      format: STATISTICS_FORMAT,
      version: STATISTICS_VERSION,
      rows: this.rows,
      files: this.files,
      columns: [...this.columns.values()].map((c) => c.toJSON())
    };
  }
  static fromJSON(json, file = "statistics.json") {
    if (json?.format !== STATISTICS_FORMAT) throw new UserError(`${file} is not an mlci statistics file`, file, "pass a statistics.json written by validate-data, or a data file");
    if (!READABLE_VERSIONS.includes(json.version)) throw new UserError(`${file} has statistics format version ${json.version}; this mlci reads versions ${READABLE_VERSIONS.join(" and ")}`, file, "regenerate the statistics with this version of mlci");
    const out = new _DatasetProfile();
    out.rows = json.rows;
    out.files.push(...json.files);
    try {
      out.sample = RowSample.fromJSON(json.sample);
    } catch (err) {
      throw new UserError(`${file} has a damaged row sample: ${err.message}`, file, "regenerate the statistics (validate-data writes statistics.json)");
    }
    for (const c of json.columns) out.columns.set(c.name, ColumnProfile.fromJSON(c));
    return out;
  }
};
function sampleCandidates(fileKey, firstRow, rows, bound, priorities, indexes) {
  const kernel2 = columnKernel();
  if (kernel2) return kernel2.rowCandidates(fileKey, firstRow, rows, bound, priorities, indexes);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const high = unitHashHigh(fileKey, firstRow + r);
    if ((high >>> 5) / 134217728 >= bound) continue;
    const priority = unitHashFrom(high, fileKey, firstRow + r);
    if (priority >= bound) continue;
    priorities[count] = priority;
    indexes[count++] = r;
  }
  return count;
}
var scratch2 = { priorities: new Float64Array(0), indexes: new Int32Array(0), slots: new Int32Array(0) };
function keepAtMost(priorities, indexes, count, cut) {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    if (priorities[k] > cut) continue;
    priorities[kept] = priorities[k];
    indexes[kept++] = indexes[k];
  }
  return kept;
}
var SampledRows = class {
  constructor(sample, columns, kinds, stores, slots, indexes, placed) {
    this.sample = sample;
    this.columns = columns;
    this.kinds = kinds;
    this.stores = stores;
    this.slots = slots;
    this.indexes = indexes;
    this.placed = placed;
  }
  sample;
  columns;
  kinds;
  stores;
  slots;
  indexes;
  placed;
  /** column `c`'s cells of the placed rows, into their slots */
  copyColumnCells(c) {
    const column = this.columns[c];
    const store = this.stores[c];
    const kind = this.kinds[c];
    if (column.kind === "numeric" && kind === "numeric" && store.numbers) copyNumbers(column.values, store.numbers, this.slots, this.indexes, this.placed);
    else copyOtherCells(this.sample, store, column, kind, this.slots, this.indexes, this.placed);
  }
};
function copyOtherCells(sample, store, column, kind, slots, rows, count) {
  for (let k = 0; k < count; k++) sample.set(store, slots[k], sampleCell(column, rows[k], kind));
}
function copyNumbers(values, numbers, slots, rows, count) {
  for (let k = 0; k < count; k++) numbers[slots[k]] = values[rows[k]];
}
function candidateArrays(rows) {
  if (scratch2.priorities.length < rows) scratch2 = { priorities: new Float64Array(rows), indexes: new Int32Array(rows), slots: new Int32Array(rows) };
  return scratch2;
}
function absent(name, kind, rows) {
  const p = new ColumnProfile(name, kind);
  p.add(void 0, rows);
  return p;
}
function sampleCell(column, row, kind) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    if (v !== v) return null;
    return kind === "numeric" ? v : numberAsCategory(v);
  }
  const text = textAt(column, row);
  if (isMissingText(text)) return null;
  if (kind === "numeric") return parseNumber(text) ?? null;
  return text;
}
function guessKind(column) {
  if (column.kind === "numeric") return "numeric";
  let present = 0;
  let numeric = 0;
  for (const v of column.values) {
    if (isMissingText(v)) continue;
    present++;
    if (parseNumber(v) !== void 0) numeric++;
  }
  return present > 0 && numeric >= 0.9 * present ? "numeric" : "categorical";
}
function* statisticsText(head, sample) {
  const text = JSON.stringify(head, null, 2);
  const end = text.length - 2;
  for (let at = 0; at < end; at += CHUNK) yield text.slice(at, Math.min(at + CHUNK, end));
  yield ',\n  "sample": ';
  yield* sample.jsonText(1);
  yield "\n}\n";
}
var CHUNK = 1 << 18;

// shared/validate/scan-data.ts
var SCAN_BATCH_ROWS = 16384;
var KEPT_ROW_ISSUES = 100;
async function scanData(files, options = {}) {
  const schema = options.schema;
  const kinds = new Map(schema?.columns.map((c) => [c.name, profileKindOf(c.type.value)]) ?? []);
  const share = options.share;
  const profile = new DatasetProfile(kinds, share !== void 0);
  const rulesSchema = options.checkRules === false ? void 0 : schema;
  const columnRules = rulesSchema?.columns.map((c) => new ColumnRules(c)) ?? [];
  if (share && (files.length !== 1 || rulesSchema?.dataset.maxDuplicateShare !== void 0)) throw new Error("a share of the rows is of one file, without the duplicate-rows rule");
  const duplicates = rulesSchema?.dataset.maxDuplicateShare !== void 0 ? new DuplicateRows() : void 0;
  const fileFailures = [];
  const rowIssues = [];
  const headers = [];
  let rowIssueCount = 0;
  const readOptions = {
    batchRows: options.batchRows ?? SCAN_BATCH_ROWS,
    ...options.delimiter ? { delimiter: options.delimiter } : {},
    ...options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {},
    ...options.onBytes ? { onBytes: options.onBytes } : {}
  };
  for (const file of files) {
    let firstRow = share?.firstRow ?? 0;
    let header = [];
    let firstBatch = true;
    const parallel = share ? void 0 : options.readThreads?.readerFor(file);
    try {
      await streamTable(file, {
        ...readOptions,
        ...share?.rows !== void 0 ? { maxRows: share.rows } : {},
        ...share?.start ? { start: share.start } : {},
        ...parallel ? { parallel } : {},
        reuseBatches: true,
        // nothing below keeps a batch's arrays: the sample and examples copy cells
        onIssue: (issue) => {
          rowIssueCount++;
          if (rowIssues.length < KEPT_ROW_ISSUES) rowIssues.push(issue);
        },
        onBatch: (table) => {
          if (firstBatch) header = table.columns.map((c) => c.name);
          firstBatch = false;
          profile.addBatch(table, firstRow);
          for (const rules of columnRules) {
            const column = findColumn(table, rules.schema.name);
            const seen = profile.columns.get(rules.schema.name)?.batch;
            rules.addBatch(table, column, firstRow, seen && column?.values === seen.values ? { ...seen.moments, missingRows: seen.firstNaNs } : void 0);
          }
          duplicates?.addBatch(table, firstRow);
          firstRow += table.rowCount;
        }
      });
      options.logger?.debug(`read ${firstRow} rows from ${file}`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      fileFailures.push({ file, message: err.message, ...err.location?.line ? { line: err.location.line } : {} });
      options.logger?.warning(err.message, err.location);
    } finally {
      headers.push(header);
      options.readThreads?.doneWith(parallel);
    }
  }
  const columnResults = columnRules.flatMap((c) => c.results());
  return { profile, columnResults, columnRules, headers, ...duplicates ? { duplicates } : {}, fileFailures, rowIssues, rowIssueCount };
}

export {
  MAX_EXAMPLES,
  describeExample,
  ColumnRules,
  emptyMoments,
  mergeMoments,
  precompileColumnKernel,
  DatasetProfile,
  SCAN_BATCH_ROWS,
  KEPT_ROW_ISSUES,
  scanData
};
