// `mlci help` reads every step definition; a definition that imports its work at the top level
// brings YAML, ajv, the data readers or onnxruntime into every start (mlci init's did: ~1 MB of
// chunks). This walks the imports of the committed CLI bundle, as node loads them at start, and
// names any heavy module found there. The entry loads the step registry (for `mlci help`) or one
// step's definition (for `mlci <step>`) with import(); those chunks' static imports are walked too.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

const entry = join(repoRoot, 'dist', 'cli', 'index.mjs');

function staticImports(from: string, files = new Map<string, string>()): Map<string, string> {
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const m of text.matchAll(/^import\s(?:[^;]*?from\s*)?"(\.[^"]+)"/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(from);
  return files;
}

/** the entry's static imports and those of the chunk it imports() that holds `source` */
function loadedWith(source: string): Map<string, string> {
  const text = readFileSync(entry, 'utf8');
  const targets = [...text.matchAll(/import\("(\.[^"]+)"\)/g)].map((m) => resolve(dirname(entry), m[1]!));
  const target = targets.find((file) => [...staticImports(file).values()].some((chunk) => chunk.includes(`// ${source}`)));
  if (!target) throw new Error(`no chunk the CLI imports holds ${source}`);
  return staticImports(target, staticImports(entry));
}

const heavy = [/^\/\/ node_modules\/(yaml|ajv|hyparquet|@octokit|@actions)\//m, /^\/\/ shared\/(data|runtime|validate\/stats)\//m, /from "onnxruntime-node"/];
const offenders = (loaded: Map<string, string>) => [...loaded].filter(([, text]) => heavy.some((re) => re.test(text))).map(([file]) => relative(repoRoot, file));

test('mlci help loads no heavy module: no YAML, ajv, data readers, onnxruntime or Octokit', () => {
  const loaded = loadedWith('shared/steps/registry.ts');
  expect(offenders(loaded)).toEqual([]);
  // the walk does follow the chunks: the step definitions' metadata is there
  expect([...loaded.values()].some((text) => text.includes('shared/init/init-step.ts'))).toBe(true);
});

test('mlci evaluate-gate loads its own definition, not the registry of every step, before it runs', () => {
  const loaded = loadedWith('shared/evaluate/step.ts');
  expect(offenders(loaded)).toEqual([]);
  const sources = [...loaded.values()].join('\n');
  expect(sources).not.toContain('// shared/steps/registry.ts');
  expect(sources).not.toContain('// shared/train/step.ts');
});

test('neither start imports node:crypto as an ES module (node builds its webcrypto export on import: shared/fs/node-crypto.ts)', () => {
  for (const source of ['shared/steps/registry.ts', 'shared/evaluate/step.ts']) {
    const importing = [...loadedWith(source)].filter(([, text]) => /^import\s[^;]*?from\s*"node:crypto"/m.test(text)).map(([file]) => relative(repoRoot, file));
    expect(importing).toEqual([]);
  }
});
