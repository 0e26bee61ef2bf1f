import { availableParallelism } from 'node:os';
import { UserError } from '../errors.js';

/**
 * The threads that parse a large CSV beside a step's own thread, from MLCI_READ_THREADS: unset, all
 * cores but the step's, at most 3 (on 2 cores, one: a second reader needs a pass to find where its
 * rows start, which costs more than it saves there; docs/performance.md); 0 parses on the step's
 * own thread. One setting for evaluate-gate and validate-data (which reads on one thread at most).
 */
export function readThreadsSetting(raw: string | undefined): number {
  if (!raw?.trim()) return Math.max(1, Math.min(3, availableParallelism() - 1));
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 0 || threads > 16) throw new UserError(`MLCI_READ_THREADS must be a whole number from 0 to 16, got "${raw}".`, 'environment MLCI_READ_THREADS', 'Unset it to let mlci choose, or set 0 to parse on the main thread.');
  return threads;
}
