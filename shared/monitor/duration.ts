import { UserError } from '../errors.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "7d", "6h", "30m", "1w", "90s" → milliseconds; a UserError naming the input otherwise */
export function parseDuration(text: string, input: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]! : NaN;
  if (!(ms > 0)) throw new UserError(`${input} is "${text}", which is not a duration.`, `input ${input}`, 'Write a number and a unit: 30m, 6h, 1d, 7d or 2w (s, m, h, d, w).');
  return ms;
}

/** A window's size: a length of time (windows aligned to the epoch) or a number of rows (NannyML's chunks). */
export type WindowSize = { ms: number } | { rows: number };

const ROWS = /^\s*(\d+)\s*rows?\s*$/i;

/** "1d" → { ms }, "10000 rows" → { rows }; a UserError naming the input otherwise */
export function parseWindowSize(text: string, input: string): WindowSize {
  const rows = ROWS.exec(text);
  if (!rows) {
    if (/^\s*\d+(?:\.\d+)?\s*[smhdw]\s*$/i.test(text)) return { ms: parseDuration(text, input) };
    throw new UserError(`${input} is "${text}", which is neither a duration nor a number of rows.`, `input ${input}`, 'Write a duration (6h, 1d, 7d) for windows of time, or a number of rows (10000 rows) for chunks of rows.');
  }
  const n = Number(rows[1]);
  if (!(n >= 1)) throw new UserError(`${input} is "${text}": a chunk needs at least one row.`, `input ${input}`, 'Write a number of rows of 1 or more, such as 10000 rows.');
  return { rows: n };
}

export function formatWindowSize(size: WindowSize): string {
  return 'rows' in size ? `${size.rows} rows` : formatDuration(size.ms);
}

/** an ISO 8601 time → epoch ms; a UserError naming the input otherwise */
export function parseTime(text: string, input: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new UserError(`${input} is "${text}", which is not a time.`, `input ${input}`, 'Write an ISO 8601 time such as 2026-12-01 or 2026-12-01T06:00:00Z.');
  return ms;
}

/** "1d" for 86,400,000 ms: the largest unit that divides it */
export function formatDuration(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm', 's']) if (ms % UNIT_MS[unit]! === 0) return `${ms / UNIT_MS[unit]!}${unit}`;
  return `${ms}ms`;
}

export interface TimeRange {
  /** inclusive, epoch ms; -Infinity when open */
  since: number;
  /** exclusive, epoch ms; Infinity when open */
  until: number;
}

/**
 * The period to read: since/until as given, or the last `window` before `until` (or before now).
 * Window boundaries are aligned to the epoch (a 1d window is a UTC day), so that runs on
 * different days, and shards of one run, cut the same windows and their statistics merge.
 */
export function resolveRange(options: { since?: string; until?: string; window?: string; now: number }): TimeRange {
  const until = options.until ? parseTime(options.until, 'until') : options.window ? options.now : Infinity;
  let since = options.since ? parseTime(options.since, 'since') : -Infinity;
  if (options.window) {
    if (options.since) throw new UserError('Both since and window are set.', 'input window', 'Give since (and until) for a fixed period, or window for the last 7d (say) before until or now, not both.');
    since = until - parseDuration(options.window, 'window');
  }
  if (since >= until) throw new UserError(`The period is empty: since (${new Date(since).toISOString()}) is not before until (${new Date(until).toISOString()}).`, 'input since', 'Set since before until.');
  return { since, until };
}
