import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/model/watchdog-memory.ts
import { writeSync } from "node:fs";
function steadyNow() {
  return performance.timeOrigin + performance.now();
}
var IDLE = 0;
var CLOSED = -1;
function pollRunWatchdog(memory) {
  const state = new Int32Array(memory.state);
  const started = new Float64Array(memory.started);
  const text = new Uint8Array(memory.text);
  const check = () => {
    const run = Atomics.load(state, 0);
    if (run === IDLE || run === CLOSED) return;
    if (steadyNow() - started[0] > memory.limitMs && Atomics.load(state, 0) === run) {
      writeSync(2, text.slice(0, Atomics.load(state, 1)));
      process.kill(process.pid, "SIGKILL");
    }
  };
  const timer = setInterval(check, Math.max(1, Math.min(250, memory.limitMs / 4)));
  return { check, stop: () => clearInterval(timer) };
}

export {
  steadyNow,
  IDLE,
  CLOSED,
  pollRunWatchdog
};
