/**
 * The processes a training command started, followed while it runs. Killing the command's process
 * group misses a child that started its own session (setsid, a daemonizing tool); on Linux every
 * descendant seen is remembered, with its start time so that a reused pid is never killed by
 * mistake, and killed with the group.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessEntry {
  ppid: number;
  start: string;
}

function readProcess(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which may itself hold spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), start: fields[19]! };
  } catch {
    return undefined;
  }
}

export class ProcessTree {
  private readonly seen = new Map<number, string>();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly root: number | undefined, intervalMs = 250) {
    if (process.platform !== 'linux' || root === undefined) return;
    this.scan();
    this.timer = setInterval(() => this.scan(), intervalMs);
    this.timer.unref();
  }

  /** adds every current descendant of the root (or of one seen before) */
  scan(): void {
    if (this.root === undefined || process.platform !== 'linux') return;
    let pids: number[];
    try {
      pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
    } catch {
      return;
    }
    const children = new Map<number, { pid: number; start: string }[]>();
    for (const pid of pids) {
      const entry = readProcess(pid);
      if (!entry) continue;
      const list = children.get(entry.ppid) ?? [];
      list.push({ pid, start: entry.start });
      children.set(entry.ppid, list);
    }
    const queue = [this.root, ...this.seen.keys()];
    while (queue.length > 0) {
      for (const child of children.get(queue.pop()!) ?? []) {
        if (this.seen.get(child.pid) === child.start) continue;
        this.seen.set(child.pid, child.start);
        queue.push(child.pid);
      }
    }
  }

  /** sends `signal` to every remembered descendant that is still the same process */
  kill(signal: NodeJS.Signals): void {
    this.scan();
    for (const [pid, start] of this.seen) {
      if (readProcess(pid)?.start !== start) continue;
      try {
        process.kill(pid, signal);
      } catch {
        // gone meanwhile
      }
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
