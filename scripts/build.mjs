// Bundles every action entry and the CLI into dist/ with esbuild. The entries share one set of
// chunks (code splitting), so the library ships once rather than once per action.
// onnxruntime-node stays external: its native binding cannot live in a bundle, and
// shared/runtime/onnxruntime.ts finds or installs it at run time.
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeWasmModules } from './build-wasm.mjs';
import { generateSchemaValidator } from './build-schema-validator.mjs';
import { join, resolve } from 'node:path';
import { lazyActionsOidc, requireBanner } from './bundle-options.mjs';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));

const entryPoints = {};
for (const name of readdirSync(join(root, 'actions'))) {
  const entry = join(root, 'actions', name, 'index.ts');
  if (existsSync(entry)) entryPoints[`${name}/index`] = entry;
}
entryPoints['umbrella/index'] = join(root, 'shared', 'steps', 'umbrella-entry.ts');
entryPoints['cli/index'] = join(root, 'cli', 'mlci.ts');
// validate-data reads large CSVs in two worker processes, each a share of the rows; the worker is its own entry, found beside the chunks.
entryPoints['validate-scan-worker'] = join(root, 'shared', 'validate', 'scan-worker.ts');
// evaluate-gate parses a large CSV on worker threads (shared/data/csv-parallel.ts), found the same way.
entryPoints['csv-read-worker'] = join(root, 'shared', 'data', 'csv-read-worker.ts');
// monitor reads log files (and segments of large ones) in two worker processes through the same pool.
entryPoints['monitor-read-worker'] = join(root, 'shared', 'monitor', 'read-worker.ts');

// the WebAssembly modules' bytes (CSV scanner, column statistics), embedded in the bundle from a fresh compile of assembly/
await writeWasmModules();
// the data schema format's validator, compiled ahead by ajv (no ajv compile when validate-data runs)
writeFileSync(join(root, 'shared', 'validate', 'schema', 'schema-format-validator.ts'), await generateSchemaValidator());

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // .mjs: the bundles are ES modules wherever they are copied, with or without our package.json.
  outExtension: { '.js': '.mjs' },
  external: ['onnxruntime-node'],
  legalComments: 'none',
  plugins: [lazyActionsOidc],
  logLevel: 'warning',
  banner: { js: requireBanner },
});
