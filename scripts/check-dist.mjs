// Fails when the committed dist/ differs from a fresh build of the sources, as GitHub's own
// action repositories check: a runner executes dist/, so it must be what the sources say.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'mlci-dist-'));
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], { stdio: 'inherit' });

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}
const committed = new Set(files(join(root, 'dist')).map((p) => relative(join(root, 'dist'), p)));
const built = new Set(files(fresh).map((p) => relative(fresh, p)));
const problems = [];
for (const f of built) {
  if (!committed.has(f)) problems.push(`missing from dist/: ${f}`);
  else if (!readFileSync(join(fresh, f)).equals(readFileSync(join(root, 'dist', f)))) problems.push(`differs: dist/${f}`);
}
for (const f of committed) if (!built.has(f)) problems.push(`stale file in dist/: ${f}`);
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error(`dist/ does not match the sources (${problems.length} problems):\n  ${problems.join('\n  ')}\nFix: run \`npm run build\` and commit dist/.`);
  process.exit(1);
}
console.log('dist/ matches the sources');
