// `mlci help` reads every step definition; a definition that imports its work at the top level
// brings YAML, ajv, the data readers or onnxruntime into every start (mlci init's did: ~1 MB of
// chunks). This walks the static imports of the committed CLI bundle, as node loads them at start,
// and names any heavy module found there.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

function staticImports(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const m of text.matchAll(/^import\s(?:[^;]*?from\s*)?"(\.[^"]+)"/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return files;
}

test('mlci help loads no heavy module: no YAML, ajv, data readers, onnxruntime or Octokit', () => {
  const loaded = staticImports(join(repoRoot, 'dist', 'cli', 'index.mjs'));
  const heavy = [/^\/\/ node_modules\/(yaml|ajv|hyparquet|@octokit|@actions)\//m, /^\/\/ shared\/(data|runtime|validate\/stats)\//m, /from "onnxruntime-node"/];
  const offenders = [...loaded].filter(([, text]) => heavy.some((re) => re.test(text))).map(([file]) => relative(repoRoot, file));
  expect(offenders).toEqual([]);
  // the walk does follow the chunks: the step definitions' metadata is there
  expect([...loaded.values()].some((text) => text.includes('shared/init/init-step.ts'))).toBe(true);
});
