import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { resolveInside } from '../fs/safe-path.js';
import { expandGlobs, hasGlobMagic } from '../fs/glob.js';

/**
 * Gathers the declared outputs (paths or globs relative to the working directory) into the output
 * directory, keeping their relative paths. A command may also write straight into MLCI_OUTPUT_DIR:
 * a declared path already there counts as written. Declared outputs that are nowhere are returned
 * as `missing` (the caller decides: a missing model fails, a missing plot is a warning).
 */
export async function collectOutputs(cwd: string, patterns: string[], outputDir: string): Promise<{ files: string[]; missing: string[] }> {
  const root = resolve(cwd);
  const out = resolve(outputDir);
  const outRel = relative(root, out);
  // files already inside the output directory are not collected a second time into a nested copy
  const outputInsideCwd = outRel !== '' && !outRel.startsWith('..') && !isAbsolute(outRel);
  const collected = new Set<string>();
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (!hasGlobMagic(pattern)) {
      const inOutput = resolveInside(out, pattern, 'output path');
      const inCwd = resolveInside(root, pattern, 'output path');
      if (await isFile(inOutput)) {
        collected.add(toSlashes(relative(out, inOutput)));
      } else if (await isFile(inCwd)) {
        await copyInto(inCwd, inOutput);
        collected.add(toSlashes(relative(out, inOutput)));
      } else {
        missing.push(pattern);
      }
      continue;
    }
    const fromCwd = (await expandGlobs(root, [pattern])).filter((rel) => !(outputInsideCwd && `${rel}/`.startsWith(`${toSlashes(outRel)}/`)));
    for (const rel of fromCwd) {
      await copyInto(resolveInside(root, rel, 'output path'), resolveInside(out, rel, 'output path'));
      collected.add(rel);
    }
    const alreadyThere = await expandGlobs(out, [pattern]);
    for (const rel of alreadyThere) collected.add(rel);
    if (fromCwd.length === 0 && alreadyThere.length === 0) missing.push(pattern);
  }
  return { files: [...collected].sort(), missing };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function copyInto(source: string, target: string): Promise<void> {
  if (resolve(source) === resolve(target)) return;
  await mkdir(dirname(target), { recursive: true });
  await copyFile(source, target);
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
