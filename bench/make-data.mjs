// Generates the benchmark data: the breast-cancer test rows repeated to N rows (default 1,000,000,
// about 200 MB of CSV). Written once into bench/out/ (git-ignored) and reused.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const benchDir = resolve(import.meta.dirname);
export const outDir = join(benchDir, 'out');

export async function breastCancerRows(rows = 1_000_000) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `breast_cancer_${rows}.csv`);
  if (existsSync(path)) return path;
  const [header, ...lines] = readFileSync(join(benchDir, '..', 'test', 'fixtures', 'data', 'breast_cancer_test.csv'), 'utf8').trim().split('\n');
  const temp = `${path}.tmp`;
  const out = createWriteStream(temp);
  out.write(`${header}\n`);
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(lines[i % lines.length]);
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await new Promise((r) => out.once('drain', r));
      chunk = [];
    }
  }
  if (chunk.length) out.write(`${chunk.join('\n')}\n`);
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
  renameSync(temp, path);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await breastCancerRows(Number(process.argv[2] ?? 1_000_000)));
