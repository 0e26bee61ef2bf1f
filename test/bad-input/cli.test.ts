// The CLI as a newcomer meets it (the built bundle: npm run build first): --version, a step's
// --help, and no temporary directory left behind by a run, failed or not.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'mlci-cli-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.mjs'), ...args], { cwd: scratch, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch, MLCI_CACHE_DIR: join(scratch, 'cache'), ...env } }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('mlci --version prints the version of package.json', async () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-V', 'version']) {
    const run = await cli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`mlci ${version}`);
  }
});

test('mlci <step> --help lists the step\'s inputs', async () => {
  const run = await cli(['evaluate-gate', '--help']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/--model/);
});

test.each([
  ['a run that succeeds', ['infer-schema', '--data', join(fixtures, 'data', 'iris_test.csv'), '--output', 'schema.yml'], 0],
  ['a run that fails', ['evaluate-gate', '--model', 'missing.onnx', '--data', join(fixtures, 'data', 'iris_test.csv'), '--target', 'species'], 2],
])('%s leaves no temporary directory behind', async (_what, args, code) => {
  const temp = mkdtempSync(join(scratch, 'tmp-'));
  const run = await cli(args, { TMPDIR: temp });
  expect(run.code).toBe(code);
  expect(readdirSync(temp)).toEqual([]);
});

test('the LICENSE is the MIT licence package.json names', () => {
  const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
  expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).license).toBe('MIT');
  expect(license).toMatch(/^MIT License/);
  expect(license).toMatch(/Copyright \(c\) \d{4} the mlci authors/);
});
