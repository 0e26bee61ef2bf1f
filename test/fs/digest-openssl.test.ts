// A large data file's sha256 by the system's openssl (shared/fs/digest-openssl.ts) is node:crypto's,
// for an awkward file name too; without openssl, or when it fails, the background digest falls back
// to the worker thread and still gives the same digest. A hash asked to yield the CPU runs openssl
// in Linux's idle scheduling class (chrt), at niceness 19 without it, and hashes on a thread too
// once the caller waits and openssl has not answered.
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sha256FileInBackground } from '../../shared/fs/digest.js';
import { sha256FileByOpenssl } from '../../shared/fs/digest-openssl.js';
import { describeWithTools, tools } from '../support/system-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-digest-openssl-'));
// over the size from which the background digest asks openssl
const bytes = randomBytes(33 * 1024 * 1024 + 7);
const path = join(dir, '-a file, "quoted".csv');
writeFileSync(path, bytes);
const expected = createHash('sha256').update(bytes).digest('hex');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithTools('sha256 by the system openssl', [tools.openssl], () => {
  test('is node:crypto sha256, for a relative path whose name starts with a dash', async () => {
    expect(await sha256FileByOpenssl(relative(process.cwd(), path)).result).toBe(expected);
    expect(await sha256FileInBackground(path).digest).toBe(expected);
  });

  test('a missing file gives undefined, not an error', async () => {
    expect(await sha256FileByOpenssl(join(dir, 'missing.csv')).result).toBeUndefined();
  });
});

test('without openssl on the PATH the background digest falls back to a worker thread, with the same digest', async () => {
  const before = process.env.PATH;
  process.env.PATH = dir; // nothing to run there
  try {
    expect(await sha256FileByOpenssl(path).result).toBeUndefined();
    expect(await sha256FileInBackground(path).digest).toBe(expected);
  } finally {
    process.env.PATH = before;
  }
});

/**
 * an `openssl` in a directory of its own that waits `seconds`, notes its niceness in `nicenessFile`
 * and its scheduling policy in `policyFile`, then answers `answer` as `openssl dgst -r` does
 */
function standInOpenssl(name: string, seconds: number, answer: string): { dir: string; nicenessFile: string; policyFile: string } {
  const bin = join(dir, name);
  mkdirSync(bin, { recursive: true });
  const nicenessFile = join(bin, 'niceness');
  const policyFile = join(bin, 'policy');
  // fields 19 and 41 of /proc/PID/stat are the niceness and the scheduling policy; read after the
  // wait, once the parent has set them. A long wait replaces the shell (exec): the signal that stops
  // the child then stops the wait, which would otherwise hold the child's output pipe open for as
  // long as it sleeps.
  const wait = seconds >= 10 ? `exec sleep ${seconds}` : `sleep ${seconds}`;
  writeFileSync(join(bin, 'openssl'), `#!/bin/sh\n${wait}\ncut -d' ' -f19 /proc/$$/stat > '${nicenessFile}'\ncut -d' ' -f41 /proc/$$/stat > '${policyFile}'\necho '${answer} *x'\n`, { mode: 0o755 });
  return { dir: bin, nicenessFile, policyFile };
}

/** Linux's SCHED_IDLE and SCHED_OTHER, as /proc/PID/stat's policy field gives them */
const SCHED_IDLE = '5';
const SCHED_OTHER = '0';

async function withPath<T>(path: string, body: () => Promise<T>): Promise<T> {
  const before = process.env.PATH;
  process.env.PATH = `${path}:${before}`;
  try {
    return await body();
  } finally {
    process.env.PATH = before;
  }
}

describe('a hash that yields the CPU to the caller (yieldCpu)', () => {
  // an answer that is not the file's: it tells which of the two hashed
  const marker = 'a'.repeat(64);

  test('runs openssl at niceness 19, and takes its answer when the caller does not hurry', async () => {
    const openssl = standInOpenssl('yielding', 0.3, marker);
    await withPath(openssl.dir, async () => {
      expect(await sha256FileInBackground(path, { yieldCpu: true }).digest).toBe(marker);
    });
    expect(readFileSync(openssl.nicenessFile, 'utf8').trim()).toBe('19');
  });

  describeWithTools('with chrt', [tools.chrt], () => {
    test('runs openssl in the idle scheduling class, and the real openssl gives the file\'s digest so', async () => {
      const openssl = standInOpenssl('idle-class', 0.3, marker);
      await withPath(openssl.dir, async () => {
        expect(await sha256FileInBackground(path, { yieldCpu: true }).digest).toBe(marker);
      });
      expect(readFileSync(openssl.policyFile, 'utf8').trim()).toBe(SCHED_IDLE);
      expect(await sha256FileByOpenssl(path, 19).result).toBe(expected);
    });
  });

  test('without chrt on the PATH, openssl runs on its own, at niceness 19', async () => {
    const openssl = standInOpenssl('no-chrt', 0.3, marker);
    // a PATH of the stand-in and the two programs it calls, and no chrt
    const shims = join(dir, 'no-chrt-shims');
    mkdirSync(shims, { recursive: true });
    for (const program of ['sleep', 'cut']) symlinkSync(execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim(), join(shims, program));
    const before = process.env.PATH;
    process.env.PATH = `${openssl.dir}:${shims}`;
    try {
      expect(await sha256FileByOpenssl(path, 19).result).toBe(marker);
    } finally {
      process.env.PATH = before;
    }
    expect(readFileSync(openssl.policyFile, 'utf8').trim()).toBe(SCHED_OTHER);
    expect(readFileSync(openssl.nicenessFile, 'utf8').trim()).toBe('19');
  });

  describeWithTools('openssl failing under chrt', [tools.chrt], () => {
    test('is not run a second time without chrt: one failure, and the caller hashes on its thread', async () => {
      const bin = join(dir, 'failing');
      mkdirSync(bin, { recursive: true });
      const runs = join(bin, 'runs');
      writeFileSync(join(bin, 'openssl'), `#!/bin/sh
echo run >> '${runs}'
echo 'openssl: cannot open the file' >&2
exit 1
`, { mode: 0o755 });
      await withPath(bin, async () => {
        expect(await sha256FileByOpenssl(path, 19).result).toBeUndefined();
        expect(readFileSync(runs, 'utf8').trim().split('\n')).toHaveLength(1);
        expect(await sha256FileInBackground(path, { yieldCpu: true }).digest).toBe(expected);
      });
      expect(readFileSync(runs, 'utf8').trim().split('\n')).toHaveLength(2);
    });
  });

  test('a chrt that fails (refused the idle class) gives way to openssl on its own, at niceness 19', async () => {
    const openssl = standInOpenssl('chrt-refused', 0.3, marker);
    writeFileSync(join(openssl.dir, 'chrt'), `#!/bin/sh\necho 'chrt: failed to set pid 0 policy: Operation not permitted' >&2\nexit 1\n`, { mode: 0o755 });
    await withPath(openssl.dir, async () => {
      expect(await sha256FileInBackground(path, { yieldCpu: true }).digest).toBe(marker);
    });
    expect(readFileSync(openssl.policyFile, 'utf8').trim()).toBe(SCHED_OTHER);
    expect(readFileSync(openssl.nicenessFile, 'utf8').trim()).toBe('19');
  });

  test('without yieldCpu openssl runs at the caller\'s niceness, and hurry changes nothing', async () => {
    const openssl = standInOpenssl('plain', 0.3, marker);
    await withPath(openssl.dir, async () => {
      const job = sha256FileInBackground(path);
      job.hurry();
      expect(await job.digest).toBe(marker);
    });
    expect(readFileSync(openssl.nicenessFile, 'utf8').trim()).toBe(String(getPriority()));
    expect(readFileSync(openssl.policyFile, 'utf8').trim()).toBe(SCHED_OTHER);
  });

  test('hurried while openssl is held back (here: asleep for a minute), it hashes on a thread of its own and answers the file\'s digest', async () => {
    const openssl = standInOpenssl('held-back', 60, marker);
    const started = performance.now();
    await withPath(openssl.dir, async () => {
      const job = sha256FileInBackground(path, { yieldCpu: true });
      await job.started;
      job.hurry();
      expect(await job.digest).toBe(expected);
    });
    expect(performance.now() - started).toBeLessThan(30_000);
    // the child that lost the race is stopped: it never got to note its niceness
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(openssl.nicenessFile)).toBe(false);
  });

  test('hurried when openssl answers within the grace period: its answer', async () => {
    // a grace far longer than the stand-in's wait, which a thread hashing at once would beat (the
    // default 50 ms against a child at niceness 19 was a race a loaded machine lost)
    const openssl = standInOpenssl('nearly-done', 0.3, marker);
    await withPath(openssl.dir, async () => {
      const job = sha256FileInBackground(path, { yieldCpu: true, hurryGraceMs: 20_000 });
      await job.started;
      job.hurry();
      expect(await job.digest).toBe(marker);
    });
  });

  test('hurried, a thread that fails (its file gone) waits for openssl, whose answer is taken', async () => {
    const gone = join(dir, 'gone.csv');
    writeFileSync(gone, bytes);
    const openssl = standInOpenssl('outlasts-the-thread', 1, marker);
    await withPath(openssl.dir, async () => {
      // no grace: the thread starts at hurry, and fails at once on the missing file
      const job = sha256FileInBackground(gone, { yieldCpu: true, hurryGraceMs: 0 });
      await job.started;
      rmSync(gone);
      job.hurry();
      expect(await job.digest).toBe(marker);
    });
  });
});
