import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../errors.js';

/**
 * The training command as an argument list, never a shell string: given as a YAML/JSON list
 * (`[python, train.py, --epochs, "3"]`, or one `- item` per line), or as the path of a script, which
 * runs under the interpreter its extension names (.py → python3, .sh → bash, .js/.mjs → node).
 */
export async function parseTrainingCommand(raw: string, cwd: string, nodePath = process.execPath): Promise<string[]> {
  const text = raw.trim();
  if (!text) throw new UserError('The training command is empty.', 'input command', 'Give an argument list such as [python, train.py] or a script path.');
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    value = text;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
      throw new UserError('The training command list must hold plain strings (program, then arguments).', 'input command', 'Write it as [python, train.py, --epochs, "3"].');
    }
    return value.map(String);
  }
  if (typeof value !== 'string') {
    throw new UserError('The training command must be a list of arguments or a script path.', 'input command', 'Write it as [python, train.py] or train.sh.');
  }
  const script = resolve(cwd, value);
  const isFile = (await stat(script).catch(() => null))?.isFile() ?? false;
  if (!isFile) {
    const looksLikeShell = /\s|[|&;<>$`]/.test(value);
    throw new UserError(
      looksLikeShell ? `The training command "${value}" looks like a shell command line, which mlci does not run (its arguments could not be quoted safely).` : `The training script "${value}" does not exist.`,
      `input command (looked for ${script})`,
      looksLikeShell ? 'Give the command as a list: [python, train.py, --epochs, "3"].' : 'Give a path relative to the working directory, or an argument list.',
    );
  }
  return [...interpreterFor(script, nodePath), script];
}

function interpreterFor(script: string, nodePath: string): string[] {
  switch (extname(script).toLowerCase()) {
    case '.py':
      return [process.platform === 'win32' ? 'python' : 'python3'];
    case '.sh':
      return ['bash'];
    case '.js':
    case '.mjs':
    case '.cjs':
      return [nodePath];
    case '.ps1':
      return ['pwsh', '-File'];
    default:
      return [];
  }
}
