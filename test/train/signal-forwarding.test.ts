// When mlci itself is stopped (Ctrl-C, a cancelled job), the training command, which runs in its own
// process group, must stop too. This runs runTrainingCommand in a real child Node process (bundled
// with esbuild), sends that process SIGTERM, and checks the training script's own child is gone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isRunning } from './helpers/processes.js';
import { fixtures } from './helpers/workspace.js';

const library = new URL('../../shared/train/run-command.ts', import.meta.url).pathname;

const waitFor = async (condition: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
};

(process.platform === 'win32' ? test.skip : test)('SIGTERM to mlci stops the training command and its children', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-signal-'));
  try {
    const pidFile = join(dir, 'grandchild.pid');
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { runTrainingCommand } from ${JSON.stringify(library)};
       import { silentLogger } from ${JSON.stringify(new URL('../../shared/log.ts', import.meta.url).pathname)};
       await runTrainingCommand({
         argv: [process.execPath, ${JSON.stringify(join(fixtures, 'train', 'train-node.mjs'))}],
         cwd: ${JSON.stringify(dir)}, params: { mode: 'hang', pid_file: ${JSON.stringify(pidFile)} }, inputs: {},
         outputDir: ${JSON.stringify(dir)}, scratchDir: ${JSON.stringify(dir)}, timeoutMs: 60000,
         env: { PATH: process.env.PATH }, logger: silentLogger,
       }).catch((err) => { console.log(err.message); process.exit(1); });`,
    );
    const bundle = join(dir, 'entry.mjs');
    // bundled CommonJS dependencies call require() for Node's own modules: give the ES module one
    const banner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent', banner: { js: banner } });
    const mlci = spawn(process.execPath, [bundle], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    mlci.stdout.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | null>((resolve) => mlci.on('close', (code) => resolve(code)));

    expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 15000)).toBe(true);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(grandchild)).toBe(true);
    mlci.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(output).toMatch(/killed by SIGTERM/);
    expect(await waitFor(() => !isRunning(grandchild), 5000)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
