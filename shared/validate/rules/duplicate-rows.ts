import type { Table } from '../../data/table.js';
import { hashNumber, hashString } from '../stats/hash.js';
import { Tally, type RuleExample } from './rule-result.js';

/** beyond this many distinct rows the check stops (a Set of numbers tops out near 16 million) */
export const DUPLICATE_CHECK_MAX_ROWS = 10_000_000;

/**
 * Finds rows that repeat an earlier row exactly, by a 53-bit hash of all the row's cells: two
 * different rows collide with odds of about n²/2⁵⁴ (one in ten thousand at 10 million rows).
 */
export class DuplicateRows {
  readonly tally = new Tally();
  private seen: Set<number> | undefined = new Set();

  get gaveUp(): boolean {
    return this.seen === undefined;
  }

  addBatch(table: Table, firstRow: number): void {
    const seen = this.seen;
    if (!seen) return;
    const n = table.rowCount;
    const high = new Int32Array(n);
    const low = new Int32Array(n).fill(0x2545f491);
    const names = table.columns.map((c) => c.name).sort();
    for (const name of names) {
      const column = table.columns.find((c) => c.name === name)!;
      const seedHigh = hashString(name);
      for (let r = 0; r < n; r++) {
        const cell = column.kind === 'numeric' ? hashNumber(column.values[r]!, seedHigh) : hashString(column.values[r] ?? '\u0000missing', seedHigh);
        high[r] = Math.imul(high[r]! ^ cell, 0x9e3779b1) + 0x7f4a7c15;
        low[r] = Math.imul(low[r]! + cell, 0x85ebca77) ^ (cell >>> 7);
      }
    }
    this.tally.checked += n;
    for (let r = 0; r < n; r++) {
      const key = (high[r]! >>> 0) * 2097152 + ((low[r]! >>> 0) >>> 11);
      if (seen.has(key)) {
        const line = table.rowLines?.[r];
        this.tally.fail((): RuleExample => (line !== undefined ? { file: table.source, line, row: firstRow + r + 1 } : { file: table.source, row: firstRow + r + 1 }));
      } else seen.add(key);
    }
    if (seen.size > DUPLICATE_CHECK_MAX_ROWS) this.seen = undefined;
  }
}
