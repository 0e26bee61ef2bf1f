import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  formatCount
} from "./chunk-OBKOI45Q.mjs";

// shared/progress.ts
var count = (n, unit) => {
  if (unit === "rows") return formatCount(n);
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  while (n >= 1e3 && i < units.length - 1) {
    n /= 1e3;
    i++;
  }
  return `${i === 0 ? Math.round(n) : n.toPrecision(3)} ${units[i]}`;
};
var duration = (s) => s < 60 ? `${Math.ceil(s)} s` : s < 3600 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.floor(s / 3600)} h ${Math.round(s % 3600 / 60)} min`;
var ProgressReporter = class {
  constructor(logger, options) {
    this.logger = logger;
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.last = this.started;
  }
  logger;
  options;
  started;
  last;
  now;
  reported = false;
  /** the line for `done` so far */
  line(done) {
    const { unit, total, what } = this.options;
    const seconds = (this.now() - this.started) / 1e3;
    const rate = seconds > 0 ? done / seconds : 0;
    const of = total ? ` of ${count(total, unit)} (${Math.floor(done / total * 100)}%)` : "";
    const left = total && rate > 0 && done < total ? `, about ${duration((total - done) / rate)} left` : "";
    return `${what}: ${count(done, unit)}${of}, ${count(rate, unit)}/s${left}`;
  }
  update(done) {
    const t = this.now();
    const live = this.logger.progress !== void 0;
    if (t - this.last < (live ? this.options.liveEveryMs ?? 250 : this.options.everyMs ?? 5e3)) return;
    this.last = t;
    this.reported = true;
    if (live) this.logger.progress(this.line(done));
    else this.logger.info(this.line(done));
  }
  /** ends a live line; a runner log gets a last line only if it had any */
  finish(done) {
    if (!this.reported) return;
    if (this.logger.progress) this.logger.progress(this.line(done), true);
    else this.logger.info(this.line(done));
  }
};

export {
  ProgressReporter
};
