import { Ajv, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { configFileError } from './config-error.js';
import { schemaError, type SchemaErrorTexts } from './schema-errors.js';
import { YamlLocator } from './yaml-locations.js';

/** What a kind of configuration file is called and how its mistakes are explained. */
export interface YamlConfigKind extends SchemaErrorTexts {
  /** the fix for a file with nothing in it */
  emptyFix: string;
  /** the fix for a YAML syntax error on `lineText`; the default speaks of indentation and colons */
  yamlFix?: (lineText: string) => string | undefined;
}

export interface ParsedYamlConfig {
  raw: unknown;
  locator: YamlLocator;
}

const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Parses the text of a YAML configuration file and checks it against its JSON Schema; every
 * mistake is a UserError at its line. What the schema cannot express, the caller checks with the
 * returned locator.
 */
export function parseYamlConfig(text: string, file: string, schema: object, kind: YamlConfigKind): ParsedYamlConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw configFileError(
      file,
      line,
      `The ${kind.what} is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      kind.yamlFix?.(text.split('\n')[line - 1] ?? '') ?? 'Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).',
    );
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) throw configFileError(file, 1, `The ${kind.what} is empty.`, kind.emptyFix);
  const locator = new YamlLocator(doc, lineCounter);
  let validate = compiled.get(schema);
  if (!validate) {
    validate = new Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true }).compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(raw)) throw schemaError(validate.errors ?? [], file, locator, kind);
  return { raw, locator };
}
