/**
 * Progress of long work (rows evaluated, bytes validated): done, rate and time left, through the
 * Logger. A terminal gets a live line (Logger.progress, redrawn in place a few times a second); a
 * runner's log, which keeps every line, gets a plain line every few seconds and none for work
 * that ends sooner.
 */
import type { Logger } from './log.js';
import { formatCount } from './report/format.js';

export interface ProgressOptions {
  /** what is done, e.g. "Running model.onnx" */
  what: string;
  /** the unit counted: "rows" or "bytes" */
  unit: 'rows' | 'bytes';
  total?: number;
  /** ms between plain lines (runner); default 5000 */
  everyMs?: number;
  /** ms between live redraws (terminal); default 250 */
  liveEveryMs?: number;
  now?: () => number;
}

const count = (n: number, unit: 'rows' | 'bytes') => {
  if (unit === 'rows') return formatCount(n);
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? Math.round(n) : n.toPrecision(3)} ${units[i]}`;
};

const duration = (s: number) => (s < 60 ? `${Math.ceil(s)} s` : s < 3600 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`);

export class ProgressReporter {
  private readonly started: number;
  private last: number;
  private readonly now: () => number;
  private reported = false;

  constructor(
    private readonly logger: Logger,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.last = this.started;
  }

  /** the line for `done` so far */
  line(done: number): string {
    const { unit, total, what } = this.options;
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const of = total ? ` of ${count(total, unit)} (${Math.floor((done / total) * 100)}%)` : '';
    const left = total && rate > 0 && done < total ? `, about ${duration((total - done) / rate)} left` : '';
    return `${what}: ${count(done, unit)}${of}, ${count(rate, unit)}/s${left}`;
  }

  update(done: number): void {
    const t = this.now();
    const live = this.logger.progress !== undefined;
    if (t - this.last < (live ? (this.options.liveEveryMs ?? 250) : (this.options.everyMs ?? 5000))) return;
    this.last = t;
    this.reported = true;
    if (live) this.logger.progress!(this.line(done));
    else this.logger.info(this.line(done));
  }

  /** ends a live line; a runner log gets a last line only if it had any */
  finish(done: number): void {
    if (!this.reported) return;
    if (this.logger.progress) this.logger.progress(this.line(done), true);
    else this.logger.info(this.line(done));
  }
}
