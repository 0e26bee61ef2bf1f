// scripts/build.mjs bundles @actions/core with its OIDC client (and so @actions/http-client and
// undici) as a chunk loaded on first use. Built the same way here: the entry's own chunks hold no
// undici, and getIDToken still reaches the real client, which asks the runner's environment for
// its token endpoint (absent here, so the real client's own error comes back).
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers/run-action.js';
// @ts-expect-error a plain .mjs build script, without types
import { lazyActionsOidc, requireBanner } from '../../scripts/bundle-options.mjs';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlci-lazy-oidc-'));
  await writeFile(
    join(work, 'entry.ts'),
    "import * as core from '@actions/core';\n" +
      "core.setOutput('loaded', 'yes');\n" +
      "const token = await core.getIDToken('mlci').catch((err) => `refused: ${err.message}`);\n" +
      'process.stdout.write(`\\n${token}\\n`);\n',
  );
  await build({
    entryPoints: [join(work, 'entry.ts')],
    outdir: join(work, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    nodePaths: [join(repoRoot, 'node_modules')],
    plugins: [lazyActionsOidc],
    banner: { js: requireBanner },
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('the entry starts without undici, and getIDToken loads the real OIDC client when called', async () => {
  const out = join(work, 'out');
  const files = await readdir(out);
  const entryText = await readFile(join(out, 'entry.js'), 'utf8');
  const staticChunks = [...entryText.matchAll(/^import\s(?:[^;]*?from\s*)?"\.\/([^"]+)"/gm)].map((m) => m[1]!);
  for (const chunk of [join(out, 'entry.js'), ...staticChunks.map((c) => join(out, c))]) {
    expect(await readFile(chunk, 'utf8')).not.toContain('node_modules/undici/');
  }
  // the real client is there, in a chunk of its own
  const all = await Promise.all(files.filter((f) => f.endsWith('.js')).map((f) => readFile(join(out, f), 'utf8')));
  expect(all.some((text) => text.includes('node_modules/@actions/core/lib/oidc-utils.js'))).toBe(true);

  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: '' };
  delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
  delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const { stdout } = await promisify(execFile)(process.execPath, [join(out, 'entry.js')], { env });
  expect(stdout).toContain('::set-output');
  expect(stdout).toMatch(/refused: .*ACTIONS_ID_TOKEN_REQUEST_URL/);
});
