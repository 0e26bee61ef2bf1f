import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * File globs for path inputs (train-model's code and outputs, select-model's candidates,
 * validate-data's data): `*` and `?` within a path segment, `**` across
 * segments, `{a,b}` alternatives. Matches are relative to `root` with forward slashes, sorted, and
 * never leave `root`. Folders named .git and node_modules are not descended into by `**`.
 */
export async function expandGlobs(root: string, patterns: string[]): Promise<string[]> {
  const found = new Set<string>();
  let files: string[] | undefined;
  for (const raw of patterns) {
    const pattern = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (!pattern) continue;
    if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..')) {
      throw new UserError(`The pattern "${raw}" points outside the working directory.`, raw, 'Use a path relative to the working directory, without "..".');
    }
    files ??= await listFiles(root);
    const matcher = globToRegExp(pattern);
    for (const file of files) if (matcher.test(file)) found.add(file);
  }
  return [...found].sort();
}

const SKIPPED = new Set(['.git', 'node_modules']);

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(join(root, prefix), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) out.push(...(await listFiles(root, rel)));
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches everything below
      if (pattern[i + 2] === '/') {
        source += '(?:[^/]+/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) {
        source += '\\{';
        continue;
      }
      source += `(?:${pattern.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`;
      i = end;
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function hasGlobMagic(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/**
 * Splits a list input of patterns: one per line, or comma-separated, except that commas inside
 * `{a,b}` belong to the pattern.
 */
export function splitPatterns(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        out.push(current);
        current = '';
      } else {
        current += ch;
      }
    }
    out.push(current);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
