// Writes every action.yml from the step definitions (the single source of inputs and defaults).
// `--check` fails instead when a committed file differs.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'mlci-actions-'));
const bundle = join(temp, 'render.mjs');
await build({
  stdin: {
    contents: `export { steps } from './shared/steps/registry.ts'; export { renderActionYml } from './shared/steps/action-yml.ts'; export { renderUmbrellaActionYml } from './shared/steps/umbrella.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: bundle, external: ['onnxruntime-node'], logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { steps, renderActionYml, renderUmbrellaActionYml } = await import(pathToFileURL(bundle).href);
rmSync(temp, { recursive: true, force: true });

const files = new Map();
for (const step of steps) files.set(join('actions', step.name, 'action.yml'), renderActionYml(step, `../../dist/${step.name}/index.mjs`));
files.set('action.yml', renderUmbrellaActionYml(steps, 'dist/umbrella/index.mjs'));

const check = process.argv.includes('--check');
const stale = [];
for (const [rel, text] of files) {
  const path = join(root, rel);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(rel);
  else writeFileSync(path, text);
}
if (stale.length) {
  console.error(`action.yml files differ from the step definitions: ${stale.join(', ')}\nFix: run \`npm run actions\` and commit them.`);
  process.exit(1);
}
console.log(check ? 'action.yml files match the step definitions' : `wrote ${files.size} action.yml files`);
