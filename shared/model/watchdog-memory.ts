import { writeSync } from 'node:fs';

/**
 * The shared memory a run watchdog reads (run-watchdog.ts): which run is going and since when, and
 * the error to print when one outlasts the limit. Written by the thread that runs the models, read
 * by the thread that watches them, which is either a thread of its own or a thread already running
 * beside them (a CSV reading thread, csv-read-worker.ts), which polls it (pollRunWatchdog).
 */
export interface WatchdogMemory {
  /** Int32 [run, text bytes]: run 0 when none is going, -1 once closed */
  state: SharedArrayBuffer;
  /** Float64 [steadyNow() when the current run started] */
  started: SharedArrayBuffer;
  /** the error to print, UTF-8 */
  text: SharedArrayBuffer;
  limitMs: number;
}

/**
 * Milliseconds on a clock both threads share that a step of the system clock (NTP on a runner)
 * does not move: each thread's start on the wall clock plus the monotonic time since.
 */
export function steadyNow(): number {
  return performance.timeOrigin + performance.now();
}

export const IDLE = 0;
export const CLOSED = -1;

/**
 * Watches runs from a thread with an event loop of its own, by a timer and by `check()` from any
 * loop of that thread that blocks: a run started more than `limitMs` ago gets its error written to
 * stderr and the process killed, as the watchdog thread does. Checks every `periodMs` (a quarter
 * of the limit, at most 250 ms), so the limit is kept to within that.
 */
export function pollRunWatchdog(memory: WatchdogMemory): { check(): void; stop(): void } {
  const state = new Int32Array(memory.state);
  const started = new Float64Array(memory.started);
  const text = new Uint8Array(memory.text);
  const check = () => {
    const run = Atomics.load(state, 0);
    if (run === IDLE || run === CLOSED) return;
    // the start is written before the run's number is stored: the start read after it is this run's,
    // or a later run's, which the second load tells apart
    if (steadyNow() - started[0]! > memory.limitMs && Atomics.load(state, 0) === run) {
      // synchronous: the process is killed right after it
      writeSync(2, text.slice(0, Atomics.load(state, 1)));
      process.kill(process.pid, 'SIGKILL');
    }
  };
  const timer = setInterval(check, Math.max(1, Math.min(250, memory.limitMs / 4)));
  return { check, stop: () => clearInterval(timer) };
}

