/**
 * How many rows a streamed evaluation can keep before the machine runs out. A streamed evaluation
 * keeps a few bytes per row (each model's scores and labels, the target, the slice codes) and the
 * metrics need a few more while they sort: row-bytes.ts counts 14 bytes a row for one binary
 * classifier without the bootstrap and 23 with a baseline model (bench/evaluate-memory.mjs
 * measures about 8 and 12: a binary model's probabilities are counted in both columns, so that the
 * figure stays a bound for a model whose columns are not complements). Past the budget it stops
 * with a UserError that says so, instead of being killed by the kernel partway through a large
 * file (or a small gzip file that inflates to many rows).
 */
import { freemem } from 'node:os';
import { UserError } from '../errors.js';

/** the share of the memory available that an evaluation may plan to use */
const SHARE = 0.8;

/**
 * Bytes an evaluation may use: `limitBytes` when given (the MLCI_MEMORY_LIMIT_MB environment
 * variable), else a share of the memory available now (Linux's MemAvailable, which counts the
 * page cache the kernel can give back), never more than a container's limit.
 */
export function memoryBudget(limitBytes?: number): number {
  if (limitBytes !== undefined && limitBytes > 0) return limitBytes;
  const container = process.constrainedMemory?.() || Infinity;
  return Math.floor(Math.min(container, freemem()) * SHARE);
}

export interface RowBudget {
  /** the most rows that fit */
  maxRows: number;
  /** throws a UserError when `rows` rows would not fit */
  check(rows: number, estimated?: boolean): void;
}

/**
 * A check against `budgetBytes` for rows of `bytesPerRow` bytes (kept for the metrics and used by
 * them), after the `fixedBytes` the process holds whatever the rows (the models, a batch).
 */
export function rowBudget(source: string, bytesPerRow: number, budgetBytes: number, fixedBytes: number): RowBudget {
  const maxRows = Math.max(0, Math.floor((budgetBytes - fixedBytes) / bytesPerRow));
  return {
    maxRows,
    check(rows, estimated = false) {
      if (rows <= maxRows) return;
      const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`;
      throw new UserError(
        `${source} ${estimated ? 'looks to have about' : 'has more than'} ${rows.toLocaleString('en')} rows; evaluating them needs about ${mb(rows * bytesPerRow + fixedBytes)} (${bytesPerRow} bytes a row for the scores, targets and metrics), and this machine can give ${mb(budgetBytes)}.`,
        source,
        `${maxRows > 0 ? `Evaluate on a sample of at most ${maxRows.toLocaleString('en')} rows` : `Free some memory (an evaluation needs about ${mb(fixedBytes)} before its rows)`}, or run on a machine with more memory (MLCI_MEMORY_LIMIT_MB sets the budget when the machine's own figures are wrong).`,
        { file: source },
      );
    },
  };
}
