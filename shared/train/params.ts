import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { UserError, describeError } from '../errors.js';
import { isYamlProblem, parseGuardedYaml } from '../config/guarded-yaml.js';

export type TrainingParams = Record<string, unknown>;

/** Reads a params file (YAML or JSON; JSON is YAML) holding one mapping of names to values. */
export async function readParamsFile(path: string): Promise<TrainingParams> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`The params file ${path} cannot be read (${describeError(err)}).`, path, 'Check the params input: a YAML or JSON file relative to the working directory.');
  }
  const parsed = parseGuardedYaml(text);
  if (isYamlProblem(parsed)) throw new UserError(`The params file ${path} is not usable: ${parsed.message}`, `${path}:${parsed.line}`, parsed.fix ?? 'Fix its YAML or JSON syntax at that line.', { file: path, line: parsed.line });
  const value = parsed.value;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`The params file ${path} must hold a mapping (name: value), not a ${Array.isArray(value) ? 'list' : typeof value}.`, path, 'Write one name: value per line.');
  }
  return value as TrainingParams;
}

/**
 * Applies `name=value` overrides (one per line or comma-separated), as a workflow matrix passes a
 * sweep's values. Values are read as YAML scalars, so `0.1` is a number and `true` a boolean.
 */
export function applyParamOverrides(params: TrainingParams, overrides: string[]): TrainingParams {
  const out: TrainingParams = { ...params };
  for (const item of overrides) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq).trim();
    if (eq <= 0 || !name) throw new UserError(`The parameter override "${item}" is not name=value.`, 'input set-params', 'Write one name=value per line, e.g. learning_rate=0.1.');
    const text = item.slice(eq + 1).trim();
    let value: unknown;
    try {
      value = parse(text);
    } catch {
      value = text;
    }
    out[name] = value ?? '';
  }
  return out;
}

/** MLCI_PARAM_<NAME>: the name upper-cased, anything but letters and digits replaced by "_". */
export function paramEnvironmentName(name: string): string {
  return `MLCI_PARAM_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Scalars as themselves, anything else as JSON: what an environment variable can carry. */
export function paramEnvironmentValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
