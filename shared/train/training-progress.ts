/**
 * How a training command is getting on, for a command that may run for an hour: the time it has
 * run and its last line of output (the latest state of a progress bar it redraws with carriage
 * returns). A terminal gets a live line while the command is quiet; a runner's log, which keeps
 * every line, a plain line every 30 s. Driven by tick(), which a timer calls (a test calls it).
 */
import type { Logger } from '../log.js';
import { formatDuration } from './run-command.js';

export interface TrainingProgressOptions {
  now?: () => number;
  /** ms between plain lines in a runner's log; default 30 s */
  everyMs?: number;
  /** ms of silence from the command before a terminal shows the live line; default 2 s */
  quietMs?: number;
}

const MAX_SHOWN = 160;

/** a line as it would stand on a terminal: the text after its last carriage return, without control characters */
export function finalRedraw(line: string): string {
  const parts = line.split('\r');
  let shown = '';
  for (let i = parts.length - 1; i >= 0 && !shown; i--) shown = parts[i]!;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x1f\x7f]/g, '').trim();
}

export class TrainingProgress {
  private readonly now: () => number;
  private readonly started: number;
  private lastShown: number;
  private lastOutputAt: number | undefined;
  private lastOutput = '';
  private live = false;

  constructor(
    private readonly logger: Logger,
    private readonly options: TrainingProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.lastShown = this.started;
  }

  /** the command printed (or redrew) `line` */
  output(line: string): void {
    const shown = finalRedraw(line);
    if (!shown) return;
    this.lastOutput = shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown;
    this.lastOutputAt = this.now();
    // a terminal's live line was ended by the output itself
    this.live = false;
  }

  line(): string {
    const t = this.now();
    const last = this.lastOutputAt === undefined ? 'no output yet' : `last output ${formatDuration(t - this.lastOutputAt)} ago: ${this.lastOutput}`;
    return `Training: ${formatDuration(t - this.started)} elapsed; ${last}`;
  }

  tick(): void {
    const t = this.now();
    if (this.logger.progress) {
      // while the command prints, its own lines show it is alive
      if (t - (this.lastOutputAt ?? this.started) < (this.options.quietMs ?? 2000)) return;
      this.logger.progress(this.line());
      this.live = true;
      return;
    }
    if (t - this.lastShown < (this.options.everyMs ?? 30_000)) return;
    this.lastShown = t;
    this.logger.info(this.line());
  }

  /** ends a live line */
  finish(): void {
    if (this.live) this.logger.progress?.(this.line(), true);
    this.live = false;
  }
}
