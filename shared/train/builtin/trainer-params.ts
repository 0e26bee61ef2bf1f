import { UserError } from '../../errors.js';

/** One hyperparameter as the params file names it, and the field of the trainer's params it sets. */
export interface ParamSpec<P> {
  key: string;
  field: keyof P;
  kind: 'number' | 'string';
}

/**
 * Reads a trainer's hyperparameters from the params file's values (snake_case keys, as scikit-learn
 * names them). Unknown keys are refused, so a typo such as `learning_rat` does not silently train
 * with the default.
 */
export function readTrainerParams<P extends object>(trainer: string, raw: Record<string, unknown>, specs: ParamSpec<P>[], defaults: P, ignored: string[] = []): P {
  const params = { ...defaults } as Record<keyof P, unknown>;
  const known = new Map(specs.map((s) => [s.key, s]));
  for (const [key, value] of Object.entries(raw)) {
    if (ignored.includes(key)) continue;
    const spec = known.get(key);
    if (!spec) {
      throw new UserError(
        `${trainer} has no parameter "${key}".`,
        'params',
        `Use only: ${[...known.keys(), ...ignored].join(', ')}.`,
      );
    }
    if (spec.kind === 'number') {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(number)) throw new UserError(`Parameter "${key}" of ${trainer} must be a number, got ${JSON.stringify(value)}.`, 'params', `Set ${key} to a number.`);
      params[spec.field] = number;
    } else {
      if (typeof value !== 'string') throw new UserError(`Parameter "${key}" of ${trainer} must be text, got ${JSON.stringify(value)}.`, 'params', `Set ${key} to a string.`);
      params[spec.field] = value;
    }
  }
  return params as P;
}
