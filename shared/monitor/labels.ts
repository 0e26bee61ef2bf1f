import { streamTable, textAt, type Column } from '../data/index.js';
import { UserError } from '../errors.js';
import { hashString } from '../validate/stats/hash.js';
import type { Cell } from './log-batch.js';

/**
 * At most this many labels per run: the index takes 17 bytes per slot at a load of at most one
 * half, so 4 million labels take at most 136 MiB (in each process that joins them).
 */
export const MAX_LABELS = 4_000_000;

const SEED_HIGH = 0x51ed270b;
const SEED_LOW = 0x2545f491;

/**
 * Delayed ground truth by row id, in a compact open-addressing hash table: each id's 64-bit hash
 * (two 32-bit hashes; two of 4 million ids share one with a chance of about 4·10⁻⁷) and its label,
 * a number or the index of its text. No id string is kept, so memory is a few dozen bytes per
 * label at most, whatever the ids look like.
 */
export class LabelIndex {
  private hi = new Uint32Array(16);
  private lo = new Uint32Array(16);
  private values = new Float64Array(16);
  private used = new Uint8Array(16);
  private readonly texts: string[] = [];
  private readonly textCodes = new Map<string, number>();
  size = 0;

  /** a later label for the same id replaces the first (a correction appended to the file) */
  set(id: string, label: Cell): void {
    if ((this.size + 1) * 2 > this.used.length) this.grow();
    // text is stored as -1 - its index: numbers keep their own value, and text labels come in a column of text
    const value = label === null ? NaN : typeof label === 'number' ? label : -1 - this.code(label);
    this.put(hashString(id, SEED_HIGH), hashString(id, SEED_LOW), value);
  }

  get(id: string): Cell | undefined {
    const slot = this.find(hashString(id, SEED_HIGH), hashString(id, SEED_LOW));
    if (!this.used[slot]) return undefined;
    const value = this.values[slot]!;
    if (value !== value) return null;
    return this.texts.length ? this.texts[-1 - value]! : value;
  }

  /** the slot holding this hash, or the empty slot where it would go */
  private find(high: number, low: number): number {
    const mask = this.used.length - 1;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    while (this.used[slot] && (this.hi[slot] !== high || this.lo[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private put(high: number, low: number, value: number): void {
    const slot = this.find(high, low);
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.hi[slot] = high;
      this.lo[slot] = low;
      this.size++;
    }
    this.values[slot] = value;
  }

  private code(text: string): number {
    let code = this.textCodes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.textCodes.set(text, code);
    }
    return code;
  }

  private grow(): void {
    const { hi, lo, values, used } = this;
    const capacity = used.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    this.size = 0;
    for (let slot = 0; slot < used.length; slot++) if (used[slot]) this.put(hi[slot]!, lo[slot]!, values[slot]!);
  }
}

/**
 * Delayed ground truth: a table (CSV, JSON Lines, Parquet, through shared/data) of request ids
 * and labels, streamed into a LabelIndex; a request of several rows is keyed "id/row". Later rows
 * win, so a corrected label appended to the file replaces the first. More than MAX_LABELS ids is
 * an error that says how to narrow them.
 */
export async function loadLabels(file: string, columns: { id: string; label: string } = { id: 'request_id', label: 'label' }, maxLabels = MAX_LABELS): Promise<LabelIndex> {
  const index = new LabelIndex();
  let checked = false;
  let textLabels: boolean | undefined;
  await streamTable(file, {
    onBatch(table) {
      const byName = new Map(table.columns.map((c) => [c.name, c]));
      const id = byName.get(columns.id);
      const label = byName.get(columns.label);
      if (!checked && (!id || !label)) {
        throw new UserError(`The labels file ${file} has no "${!id ? columns.id : columns.label}" column.`, 'input labels', `Give it the columns ${columns.id} (the request id mlci serve logged) and ${columns.label} (the true label); its columns are ${table.columns.map((c) => c.name).slice(0, 10).join(', ')}.`, { file });
      }
      checked = true;
      if (!id || !label) return;
      // one kind for the whole file: a text column read as numbers in one batch and text in another would mix codes with values
      const isText = label.kind !== 'numeric';
      if (textLabels !== undefined && textLabels !== isText) throw new UserError(`The label column of ${file} holds numbers in some rows and text in others.`, 'input labels', 'Write every label the same way (all class names, or all numbers).', { file });
      textLabels = isText;
      for (let r = 0; r < table.rowCount; r++) {
        const key = cellAt(id, r);
        if (key === null) continue;
        index.set(String(key), cellAt(label, r));
        if (index.size > maxLabels) {
          throw new UserError(
            `The labels file ${file} holds more than ${maxLabels.toLocaleString('en-US')} labels, more than one monitor run joins.`,
            'input labels',
            'Give the labels of the period monitored only (a file per day or week, matching since/until or window), or run monitor over shorter periods.',
            { file },
          );
        }
      }
    },
  });
  return index;
}

function cellAt(column: Column, row: number): Cell {
  if (column.kind === 'numeric') {
    const v = column.values[row]!;
    return v === v ? v : null;
  }
  return textAt(column, row);
}
