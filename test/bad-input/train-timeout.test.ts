// train-model's timeout ends the whole process tree, including a child that left the command's
// process group by starting its own session (setsid), which a group kill alone does not reach.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { runTrainingCommand } from '../../shared/train/run-command.js';
import { isRunning } from '../train/helpers/processes.js';

const waitFor = async (condition: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
};

(process.platform === 'linux' ? test : test.skip)('a timeout kills a grandchild that started its own session', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-timeout-'));
  const pidFile = join(dir, 'escaped.pid');
  let escaped: number | undefined;
  try {
    // the script starts `setsid sleep 300` (a new session, out of our process group) and waits
    const script = `const c = require('node:child_process').spawn('setsid', ['sleep', '300'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const run = runTrainingCommand({ argv: [process.execPath, '-e', script], cwd: dir, params: {}, inputs: {}, outputDir: dir, scratchDir: dir, timeoutMs: 2000, killGraceMs: 200, env: { PATH: process.env.PATH }, logger: silentLogger });
    await expect(run).rejects.toThrow(/timed out/);
    expect(existsSync(pidFile)).toBe(true);
    escaped = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !isRunning(escaped!), 3000)).toBe(true);
  } finally {
    if (escaped && isRunning(escaped)) process.kill(escaped, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
