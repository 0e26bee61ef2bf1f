// Starts Debian's docker-registry (the CNCF distribution registry 2.8.2) on a free loopback port,
// with filesystem storage in a temp folder and optionally htpasswd Basic auth; stops it by pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';

export interface RunningRegistry {
  port: number;
  host: string;
  storage: string;
  stop(): Promise<void>;
  /** starts it again on the same port and storage (after stop) */
  start(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer on port ${port} within 10 s: ${output()}`);
}

export async function startDockerRegistry(options: { users?: Record<string, string> } = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-docker-registry-'));
  const storage = join(dir, 'storage');
  const port = await freePort();
  const lines = ['version: 0.1', 'log:', '  level: error', '  accesslog:', '    disabled: true', 'storage:', '  filesystem:', `    rootdirectory: ${storage}`, '  delete:', '    enabled: true', 'http:', `  addr: 127.0.0.1:${port}`];
  if (options.users) {
    const htpasswd = join(dir, 'htpasswd');
    writeFileSync(htpasswd, Object.entries(options.users).map(([user, password]) => `${user}:${bcrypt.hashSync(password, 8)}`).join('\n') + '\n');
    lines.push('auth:', '  htpasswd:', '    realm: mlci-test', `    path: ${htpasswd}`);
  }
  const config = join(dir, 'config.yml');
  writeFileSync(config, `${lines.join('\n')}\n`);
  let child: ChildProcess | undefined;
  let output = '';
  const registry: RunningRegistry = {
    port,
    host: `127.0.0.1:${port}`,
    storage,
    async start() {
      output = '';
      const started = spawn('/usr/bin/docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      started.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
      started.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
      await waitUntilUp(port, started, () => output);
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
  };
  await registry.start();
  return registry;
}
