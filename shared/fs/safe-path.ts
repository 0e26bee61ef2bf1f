import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Resolves `name` below `base` and refuses anything that would land outside it ("../", absolute
 * paths, drive letters). Used wherever a path comes from data we do not control: artifact
 * manifests, handoff files from fork pull requests, archive entries.
 */
export function resolveInside(base: string, name: string, what = 'path'): string {
  if (name.includes('\0')) throw new UserError(`The ${what} "${name}" contains a NUL byte.`, undefined, 'Use a plain relative path.');
  const root = resolve(base);
  const target = resolve(root, name);
  const rel = relative(root, target);
  if (isAbsolute(name) || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UserError(`The ${what} "${name}" points outside ${root}.`, undefined, `Use a path relative to ${root} without "..".`);
  }
  return target;
}
