import { Ajv, type ValidateFunction } from 'ajv';
import { schemaError, type ConfigVocabulary } from './schema-errors.js';
import { parseYamlConfig, type YamlConfigAbout } from './yaml-config.js';
import type { YamlLocator } from './yaml-locations.js';

const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Parses a YAML configuration file and checks it against its JSON Schema; every mistake is a
 * UserError at its line. What the schema cannot express, the caller checks with the locator.
 */
export function parseCheckedYamlConfig(text: string, file: string, schema: object, about: YamlConfigAbout & ConfigVocabulary): { raw: unknown; locator: YamlLocator } {
  const parsed = parseYamlConfig(text, file, about);
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(parsed.raw)) throw schemaError(validate.errors ?? [], file, parsed.locator, about);
  return parsed;
}
