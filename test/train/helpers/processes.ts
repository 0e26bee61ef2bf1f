import { existsSync, readFileSync } from 'node:fs';

/**
 * Whether a process still runs. A killed process whose parent is gone may linger as a zombie until
 * PID 1 reaps it (in containers PID 1 often never does): that does not count as running.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}
