import { readFileSync } from 'node:fs';

/**
 * This process's child processes started after `watchChildren()` was called (those it had before,
 * such as esbuild's service, are left out): for tests that check that workers are gone.
 */
export function watchChildren() {
  const pids = () => readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(' ').filter((pid) => pid !== '');
  const before = new Set(pids());
  const started = () => pids().filter((pid) => !before.has(pid));
  return {
    /** the children started since, now */
    started,
    /** the children started since that are still alive after a bounded wait (a disconnected or killed worker exits by itself) */
    async left(): Promise<string[]> {
      for (let k = 0; k < 100 && started().length > 0; k++) await new Promise((r) => setTimeout(r, 20));
      return started();
    },
  };
}
