// Bundling the repository's TypeScript for a thread or a process of its own, as scripts/build.mjs
// bundles dist/: the workers a test starts (a CSV reading thread, a scan worker) and the scripts a
// test runs in a child node (a case that changes the process for good, or reads V8's traces).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `entry` (a path from the repository's root, or absolute) bundled into `outfile`, an ES module for
 * node; `withRequire`: with a `require` of its own, for CommonJS dependencies (the YAML reader's)
 * that call it. Returns `outfile`.
 */
export async function bundleForNode(entry: string, outfile: string, options: { withRequire?: boolean } = {}): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    ...(options.withRequire ? { banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } } : {}),
  });
  return outfile;
}

/**
 * `source` (TypeScript, which may import the repository's sources by absolute path) written to
 * `dir` as `name`, bundled and run in a node of its own with `nodeFlags`; its standard output, by
 * line. Throws when the child fails.
 */
export async function runBundledChild(dir: string, name: string, source: string, nodeFlags: string[] = []): Promise<string[]> {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const bundle = await bundleForNode(entry, join(dir, `${name}.mjs`), { withRequire: true });
  return execFileSync(process.execPath, [...nodeFlags, bundle], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 }).split('\n');
}
