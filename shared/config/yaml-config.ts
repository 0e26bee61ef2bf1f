import { configError } from './config-error.js';
import { isYamlProblem, parseGuardedYaml } from './guarded-yaml.js';
import { readPlainConfig, type ParsedYamlConfig } from './plain-yaml-config.js';
import { DocumentYamlLocator } from './yaml-document-locator.js';

export interface YamlConfigAbout {
  /** "gate policy", "monitor policy": what the file is, in messages */
  what: string;
  /** how to fix an empty file */
  emptyFix: string;
  /** a better fix for a syntax error on this line of text, when one is known */
  syntaxFix?: (lineText: string) => string | undefined;
}

/**
 * Parses a YAML configuration file the user commits, through the guarded loader (alias bombs and
 * runaway nesting are refused as what they are): a syntax error or an empty file is a UserError
 * at its line; the result keeps a locator so that later checks can point at lines too.
 * (parseYamlConfigLazily, plain-yaml-config.ts, gives the same without loading `yaml` for a plain file.)
 */
export function parseYamlConfig(text: string, file: string, about: YamlConfigAbout): ParsedYamlConfig {
  return readPlainConfig(text) ?? parseYamlConfigWithYaml(text, file, about);
}

/** parseYamlConfig of a file that is not plain (plain-yaml.ts): the `yaml` package reads it */
export function parseYamlConfigWithYaml(text: string, file: string, about: YamlConfigAbout): ParsedYamlConfig {
  const parsed = parseGuardedYaml(text);
  if (isYamlProblem(parsed)) {
    const fix = parsed.fix ?? about.syntaxFix?.(text.split('\n')[parsed.line - 1] ?? '') ?? 'Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).';
    throw configError(file, parsed.line, `The ${about.what} is not usable: ${parsed.message}`, fix);
  }
  if (parsed.value === null || parsed.value === undefined) throw configError(file, 1, `The ${about.what} is empty.`, about.emptyFix);
  return { raw: parsed.value, locator: new DocumentYamlLocator(parsed.doc, parsed.lineCounter) };
}
