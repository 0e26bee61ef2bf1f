import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { globToRegExp, splitPatterns } from '../fs/glob.js';

const WILDCARD = /[*?[{]/;

/**
 * Expands the data input: paths and glob patterns (`*`, `**`, `?`, `{a,b}`), one or several, into
 * the files they name, sorted, without duplicates. A pattern that matches nothing is a UserError,
 * so a typo does not validate zero files and pass.
 */
export async function resolveDataFiles(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  if (patterns.length === 0) throw new UserError('No data files were given.', 'input data', 'Set data to a file, a list of files, or a glob such as data/*.csv.');
  const out = new Set<string>();
  for (const pattern of patterns) {
    const matches = WILDCARD.test(pattern) ? await expandGlob(pattern, cwd) : [pattern];
    if (matches.length === 0) {
      throw new UserError(`The pattern "${pattern}" matches no files.`, 'input data', `Check the pattern against the files in ${cwd}; patterns are relative to the working directory.`);
    }
    for (const m of matches) out.add(m);
  }
  return [...out];
}

/** A list input split on newlines and on commas outside braces, so that data/*.{csv,jsonl} stays one pattern. */
export const splitPatternList = splitPatterns;

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !WILDCARD.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.join('/') || '.';
  const matcher = globToRegExp(parts.join('/'));
  const deep = parts.some((p) => p === '**') || parts.length > 1;
  const found: string[] = [];
  await walk(join(cwd, base), deep, async (abs) => {
    const rel = relative(join(cwd, base), abs).split(sep).join('/');
    if (matcher.test(rel)) found.push(base === '.' ? rel : `${base}/${rel}`);
  });
  return found.sort();
}

async function walk(dir: string, deep: boolean, visit: (file: string) => Promise<void>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a base folder that does not exist matches nothing
  }
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (deep && e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(abs, deep, visit);
    } else if (e.isFile() || (e.isSymbolicLink() && (await stat(abs)).isFile())) await visit(abs);
  }
}
