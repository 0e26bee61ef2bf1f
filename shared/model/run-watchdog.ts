import { Worker } from 'node:worker_threads';
import type { UserError } from '../errors.js';
import { CLOSED, IDLE, steadyNow, type WatchdogMemory } from './watchdog-memory.js';

/**
 * A time limit on session runs. onnxruntime-node computes on the thread that called run(): the
 * event loop is blocked until it returns, so no timer on that thread can fire while a model loops
 * forever, and nothing there can stop native code. A watchdog thread sleeps on a shared word
 * instead: each run stores its number there and clears it when done; a run still going when the
 * limit passes gets its error written to stderr, and the process is killed, the one way to end a
 * run that never returns. The watchdog cannot call back into the blocked thread, so the error is
 * written into shared memory before each run, ready to print.
 *
 * Cheaper than running models in another process (no second onnxruntime, no copying rows), so the
 * limit can be on by default without slowing an evaluation.
 */
export interface RunWatchdog {
  /** runs `run` under the limit; `failure` is what the user reads if the limit passes */
  guard<T>(failure: UserError, run: () => Promise<T>): Promise<T>;
  close(): void;
}

const TEXT_BYTES = 8192;

// Plain CommonJS for an eval'd worker: the bundles need no separate file for it.
const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const state = new Int32Array(workerData.state);
const text = new Uint8Array(workerData.text);
for (;;) {
  const run = Atomics.load(state, 0);
  if (run === ${CLOSED}) break;
  if (run === ${IDLE}) { Atomics.wait(state, 0, ${IDLE}); continue; }
  if (Atomics.wait(state, 0, run, workerData.limitMs) === 'timed-out') {
    writeSync(2, text.slice(0, Atomics.load(state, 1)));
    process.kill(process.pid, 'SIGKILL');
  }
}`;

/**
 * `onRunner`: print the error as a workflow command (`::error::`), as a failed step would, else as
 * the CLI does. `host`: a thread already running beside the models that will watch the runs
 * (pollRunWatchdog), true when it does; else the watchdog starts a thread of its own. Sharing one
 * saves a thread's start (node's bootstrap: 0.1 CPU-s on the 1M-row evaluation, on the 2 cores the
 * reader and the models want).
 */
export function startRunWatchdog(limitMs: number, onRunner: boolean, host?: (memory: WatchdogMemory) => boolean): RunWatchdog {
  const memory: WatchdogMemory = { state: new SharedArrayBuffer(8), started: new SharedArrayBuffer(8), text: new SharedArrayBuffer(TEXT_BYTES), limitMs };
  const state = new Int32Array(memory.state);
  const started = new Float64Array(memory.started);
  const text = new Uint8Array(memory.text);
  if (!host?.(memory)) {
    const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { state: memory.state, text: memory.text, limitMs } });
    worker.unref();
  }
  let runs = 0;
  let prepared: UserError | undefined;
  return {
    async guard(failure, run) {
      if (failure !== prepared) {
        const bytes = new TextEncoder().encode(printed(failure.message, onRunner)).subarray(0, TEXT_BYTES);
        text.set(bytes);
        Atomics.store(state, 1, bytes.length);
        prepared = failure;
      }
      runs = (runs % 0x7ffffffe) + 1;
      // before the run's number: a thread that polls reads the start after the number (watchdog-memory.ts)
      started[0] = steadyNow();
      Atomics.store(state, 0, runs);
      Atomics.notify(state, 0);
      try {
        return await run();
      } finally {
        Atomics.store(state, 0, IDLE);
        Atomics.notify(state, 0);
      }
    },
    close() {
      Atomics.store(state, 0, CLOSED);
      Atomics.notify(state, 0);
    },
  };
}

function printed(message: string, onRunner: boolean): string {
  if (!onRunner) return `✖ ${message}\n`;
  // the escaping of @actions/core's issueCommand, so the whole message is one annotation
  return `::error::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}
