import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  hashString
} from "./chunk-PIO7UDJF.mjs";
import {
  streamTable
} from "./chunk-AUKHAFSQ.mjs";
import {
  textAt
} from "./chunk-HMON5L2P.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/monitor/labels.ts
var MAX_LABELS = 4e6;
var SEED_HIGH = 1374496523;
var SEED_LOW = 625341585;
var LabelIndex = class {
  hi = new Uint32Array(16);
  lo = new Uint32Array(16);
  values = new Float64Array(16);
  used = new Uint8Array(16);
  texts = [];
  textCodes = /* @__PURE__ */ new Map();
  size = 0;
  /** a later label for the same id replaces the first (a correction appended to the file) */
  set(id, label) {
    if ((this.size + 1) * 2 > this.used.length) this.grow();
    const value = label === null ? NaN : typeof label === "number" ? label : -1 - this.code(label);
    this.put(hashString(id, SEED_HIGH), hashString(id, SEED_LOW), value);
  }
  get(id) {
    const slot = this.find(hashString(id, SEED_HIGH), hashString(id, SEED_LOW));
    if (!this.used[slot]) return void 0;
    const value = this.values[slot];
    if (value !== value) return null;
    return this.texts.length ? this.texts[-1 - value] : value;
  }
  /** the slot holding this hash, or the empty slot where it would go */
  find(high, low) {
    const mask = this.used.length - 1;
    let slot = (high ^ Math.imul(low, 2654435761)) & mask;
    while (this.used[slot] && (this.hi[slot] !== high || this.lo[slot] !== low)) slot = slot + 1 & mask;
    return slot;
  }
  put(high, low, value) {
    const slot = this.find(high, low);
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.hi[slot] = high;
      this.lo[slot] = low;
      this.size++;
    }
    this.values[slot] = value;
  }
  code(text) {
    let code = this.textCodes.get(text);
    if (code === void 0) {
      code = this.texts.length;
      this.texts.push(text);
      this.textCodes.set(text, code);
    }
    return code;
  }
  grow() {
    const { hi, lo, values, used } = this;
    const capacity = used.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    this.size = 0;
    for (let slot = 0; slot < used.length; slot++) if (used[slot]) this.put(hi[slot], lo[slot], values[slot]);
  }
};
async function loadLabels(file, columns = { id: "request_id", label: "label" }, maxLabels = MAX_LABELS) {
  const index = new LabelIndex();
  let checked = false;
  let textLabels;
  await streamTable(file, {
    onBatch(table) {
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      const id = byName.get(columns.id);
      const label = byName.get(columns.label);
      if (!checked && (!id || !label)) {
        throw new UserError(`The labels file ${file} has no "${!id ? columns.id : columns.label}" column.`, "input labels", `Give it the columns ${columns.id} (the request id mlci serve logged) and ${columns.label} (the true label); its columns are ${table.columns.map((c) => c.name).slice(0, 10).join(", ")}.`, { file });
      }
      checked = true;
      if (!id || !label) return;
      const isText = label.kind !== "numeric";
      if (textLabels !== void 0 && textLabels !== isText) throw new UserError(`The label column of ${file} holds numbers in some rows and text in others.`, "input labels", "Write every label the same way (all class names, or all numbers).", { file });
      textLabels = isText;
      for (let r = 0; r < table.rowCount; r++) {
        const key = cellAt(id, r);
        if (key === null) continue;
        index.set(String(key), cellAt(label, r));
        if (index.size > maxLabels) {
          throw new UserError(
            `The labels file ${file} holds more than ${maxLabels.toLocaleString("en-US")} labels, more than one monitor run joins.`,
            "input labels",
            "Give the labels of the period monitored only (a file per day or week, matching since/until or window), or run monitor over shorter periods.",
            { file }
          );
        }
      }
    }
  });
  return index;
}
function cellAt(column, row) {
  if (column.kind === "numeric") {
    const v = column.values[row];
    return v === v ? v : null;
  }
  return textAt(column, row);
}

export {
  MAX_LABELS,
  LabelIndex,
  loadLabels
};
