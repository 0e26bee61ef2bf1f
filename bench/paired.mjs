// Paired, alternating runs of several commands, for benchmarks on a machine others share: each round
// runs every command once, in an order that turns round by round, so that a burst of someone else's
// load falls on all of them alike. Reports the median, the spread (min–max) and the peak RSS.
import { spawn } from 'node:child_process';

/**
 * `commands`: { label, command, args, env? }. Resolves to one entry per command with its wall-clock
 * seconds per run and its largest peak RSS (from /usr/bin/time when present).
 */
export async function pairedRuns(commands, rounds, { onRun } = {}) {
  const results = commands.map((c) => ({ ...c, seconds: [], cpuSeconds: [], maxRssKb: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < results.length; k++) {
      const r = results[(k + round) % results.length];
      const { seconds, cpuSeconds, maxRssKb } = await timedRun(r.command, r.args, r.env);
      r.seconds.push(seconds);
      r.cpuSeconds.push(cpuSeconds);
      r.maxRssKb = Math.max(r.maxRssKb, maxRssKb);
      onRun?.(r, seconds);
    }
  }
  return results.map((r) => ({ ...r, ...summary(r.seconds), cpu: summary(r.cpuSeconds) }));
}

/** one run of a command with its output discarded; fails on a non-zero exit */
export function timedRun(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // /usr/bin/time writes user and system CPU seconds and the peak RSS in KB on the last line of
    // stderr: CPU time moves less than wall time when others load the machine
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${err.slice(-2000)}`));
      const [user, system, rss] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve({ seconds, cpuSeconds: user + system, maxRssKb: rss || 0 });
    });
  });
}

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export const fmt = (s) => `${s.median.toFixed(2)} s (${s.min.toFixed(2)}–${s.max.toFixed(2)}, ${s.runs} runs)${s.cpu ? `, CPU ${s.cpu.median.toFixed(2)} s` : ''}`;
