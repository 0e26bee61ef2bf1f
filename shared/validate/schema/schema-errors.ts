import type { ErrorObject } from 'ajv';
import type { UserError } from '../../errors.js';
import { didYouMean } from '../../config/suggest.js';
import type { YamlLocator } from '../../config/yaml-locations.js';

const DOCS = 'See docs/validate-data.md for the schema format.';

/** A mistake in the data schema file, at its line so that runners annotate it. */
export { configError as schemaFileError } from '../../config/config-error.js';
import { configError as schemaFileError } from '../../config/config-error.js';

/** The earliest of ajv's findings as one UserError, saying how many more there are. */
export function schemaFormatError(errors: ErrorObject[], file: string, locator: YamlLocator): UserError {
  const explained = errors.flatMap((e) => explain(e, errors, locator) ?? []);
  explained.sort((a, b) => a.line - b.line);
  const first = explained[0];
  if (!first) return schemaFileError(file, 1, 'The data schema does not match its format.', DOCS);
  const more = new Set(explained.map((e) => e.line)).size - 1;
  const tail = more > 0 ? ` (The file has ${more} more problem${more === 1 ? '' : 's'} after this one.)` : '';
  return schemaFileError(file, first.line, first.what + tail, first.fix);
}

interface Explained {
  line: number;
  what: string;
  fix: string;
}

function explain(error: ErrorObject, all: ErrorObject[], locator: YamlLocator): Explained | undefined {
  const path = error.instancePath ? error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
  const name = path.length ? `"${path.join('.')}"` : 'the top level';
  const value = JSON.stringify(error.data);
  // a check's two spellings: the anyOf says it once, its branches would say it twice
  if (all.some((o) => o.keyword === 'anyOf' && o !== error && o.instancePath === error.instancePath && error.schemaPath.startsWith(o.schemaPath))) return undefined;
  if (all.some((o) => o.keyword === 'anyOf' && error.instancePath.startsWith(`${o.instancePath}/`) && error.schemaPath.startsWith(o.schemaPath.replace(/anyOf$/, '')))) return undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return { line: locator.keyLine([...path, key]), what: `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`, fix: `Use one of: ${allowed.join(', ')}.` };
    }
    case 'required':
      return { line: locator.keyLine(path), what: `${name} needs the key "${String(params.missingProperty)}".`, fix: params.missingProperty === 'type' ? 'Give the column a type: numeric, integer, categorical, text or boolean.' : `Add ${String(params.missingProperty)}. ${DOCS}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { line: locator.valueLine(path), what: `${name} is ${value}.${didYouMean(String(error.data), allowed)}`, fix: `Use one of: ${allowed.join(', ')}.` };
    }
    case 'const':
      return { line: locator.valueLine(path), what: `${name} is ${value}.`, fix: `Use ${JSON.stringify(params.allowedValue)}.` };
    case 'type':
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.type)}.`, fix: DOCS };
    case 'minimum':
    case 'maximum':
      return { line: locator.valueLine(path), what: `${name} is ${value}, but it must be ${String(params.comparison)} ${String(params.limit)}.`, fix: path[path.length - 1] === 'mostly' || /share|missing/.test(path[path.length - 1] ?? '') ? 'Write a fraction between 0 and 1, such as 0.95.' : DOCS };
    case 'anyOf':
      return { line: locator.valueLine(path), what: `${name} is ${value}, which is neither a value nor { value, mostly }.`, fix: `Write, for example, min: 0 or min: { value: 0, mostly: 0.99 }. ${DOCS}` };
    default:
      return { line: locator.valueLine(path), what: `${name} ${error.message ?? 'is not valid'}.`, fix: DOCS };
  }
}
