import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Thread priorities within this process, on Linux, where a thread has an id of its own (its task
 * in /proc/self/task) and a niceness of its own: setpriority(2) given a thread's id changes that
 * thread alone. Elsewhere there is no list of threads, and nothing here does anything.
 */

/** the ids of this process's threads, or undefined where they cannot be listed */
export function threadIds(): number[] | undefined {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return undefined;
  }
}

/**
 * The threads `start` adds to this process (node:worker_threads makes a Worker's thread before its
 * constructor returns): their ids, or none where threads cannot be listed.
 */
export function threadsStartedBy<T>(start: () => T): { value: T; threads: number[] } {
  const before = new Set(threadIds() ?? []);
  const value = start();
  const after = threadIds();
  return { value, threads: after ? after.filter((id) => !before.has(id)) : [] };
}

/**
 * Lowers every thread of this process but the main one and `keep` to `niceness` (one already lower
 * stays as it is); returns the ids of the threads lowered. Best effort: a thread that ends meanwhile,
 * or a system that refuses, leaves that thread as it was.
 *
 * Lowering cannot be undone by a process without privileges (raising a thread back needs
 * CAP_SYS_NICE), so this is for a process that ends with the work it favours: a step's own process,
 * not a library call inside someone else's. Threads made later take the niceness of the thread
 * that makes them (the main thread's, for the thread pool's).
 */
export function lowerOtherThreads(keep: readonly number[], niceness: number): number[] {
  const ids = threadIds();
  if (!ids) return [];
  const kept = new Set([process.pid, ...keep]);
  const lowered: number[] = [];
  for (const id of ids) {
    if (kept.has(id)) continue;
    try {
      if (getPriority(id) >= niceness) continue;
      setPriority(id, niceness);
      lowered.push(id);
    } catch {
      // gone, or not ours to change
    }
  }
  return lowered;
}
