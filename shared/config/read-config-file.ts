import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';

/**
 * Reads a configuration file the user keeps in their repository (a gate policy, a data schema):
 * a missing or unreadable file is a UserError naming what it is, the input that named it and the fix.
 */
export async function readConfigFile(path: string, about: { what: string; input: string; fix: string }): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `The ${about.what} ${path} does not exist.` : `The ${about.what} ${path} cannot be read (${code ?? (err as Error).message}).`,
      `input ${about.input}`,
      about.fix,
    );
  }
}
