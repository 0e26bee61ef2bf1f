// imported statically: this module is itself loaded only when a large file is hashed (digest.ts
// imports it lazily), so node:child_process never weighs on `mlci help`
import { execFile } from 'node:child_process';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';

/**
 * sha256 of a file by the machine's `openssl dgst`, or undefined when there is none that answers.
 *
 * Why: node's bundled OpenSSL hashes at about 0.5 GB/s on some of the machines we measured (its
 * sha256 does not take the CPU's SHA instructions there), the system's openssl at 1.7 GB/s: a
 * 213 MB data file costs 0.19 CPU-s in a child process against 0.6 CPU-s on a worker thread (read
 * included), CPU that a 2-core runner's other threads (the CSV reader, onnxruntime) want. Anything
 * unexpected (no openssl, an error, an answer that is not 64 hex digits) gives undefined, and the
 * caller hashes in-process: the digest is the same either way.
 *
 * `niceness` above 0 asks the child to yield the CPU to the caller: it runs under Linux's idle
 * scheduling class (`chrt --idle 0`, util-linux) where there is one, at that niceness otherwise.
 * Why the idle class: at niceness 19 alone, openssl still took a quarter of the 2 cores in
 * validate-data's first 400 ms, while its reading thread waited in the run queue; the idle class
 * runs it only when nothing else would, and it still finished before the scan (200 MB, measured
 * 2026-12-06: the validation 16-18 ms faster in 24 alternating pairs; docs/performance.md).
 */
export function sha256FileByOpenssl(path: string, niceness = 0): { result: Promise<string | undefined>; cancel(): void } {
  let cancelled = false;
  let kill: (() => void) | undefined;
  const args = ['dgst', '-sha256', '-r', resolve(path)];
  /** the digest, or undefined; `chrtFailed`: chrt itself did not run openssl (missing, or refused the class) */
  const run = (idle: boolean) =>
    new Promise<{ hex: string | undefined; chrtFailed: boolean }>((done) => {
      // an absolute path: a file named "-something" must not read as an option; the environment as it is now (its PATH finds openssl)
      const child = execFile(idle ? 'chrt' : 'openssl', idle ? ['--idle', '0', 'openssl', ...args] : args, { env: process.env, windowsHide: true, maxBuffer: 64 * 1024 }, (err, stdout, stderr) => {
        const hex = /^([0-9a-f]{64})\s/.exec(String(stdout))?.[1];
        // chrt missing (a spawn's ENOENT) or refused ("chrt: ..." on its stderr); openssl's own
        // failures (an unreadable file) are not chrt's, and are not run again
        const chrtFailed = idle && !hex && ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT' || String(stderr).startsWith('chrt:'));
        done({ hex: err || !hex ? undefined : hex, chrtFailed });
      });
      child.on('error', () => done({ hex: undefined, chrtFailed: idle }));
      // below the caller's own threads, when it asks (best effort: a priority that cannot be set leaves it as it is)
      if (niceness > 0 && child.pid !== undefined) {
        try {
          setPriority(child.pid, niceness);
        } catch {
          // the hash runs at the caller's priority
        }
      }
      kill = () => child.kill();
    });
  const yielding = niceness > 0 && process.platform === 'linux';
  // no chrt, or one the system refuses the idle class: openssl on its own, at the niceness (not
  // again when openssl itself failed under chrt: the caller's thread hashes, or says what is wrong)
  const result = (yielding ? run(true).then((first) => (first.chrtFailed && !cancelled ? run(false) : first)) : run(false)).then((answer) => answer.hex);
  return {
    result,
    cancel: () => {
      cancelled = true;
      kill?.();
    },
  };
}
