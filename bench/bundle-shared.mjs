// Bundles a few of shared/'s exports for a benchmark that calls the library itself (the gate's
// code, not the CLI): esbuild writes bench/out/<name>.mjs, imported here. yaml and ajv stay
// imports, found in node_modules as the CLI finds them.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `exports`: lines of `export { … } from './shared/….ts';`, relative to the repository's root */
export async function bundleShared(name, exports) {
  const out = join(root, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const outfile = join(out, `${name}.mjs`);
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
