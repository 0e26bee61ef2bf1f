import { LineCounter, parseDocument } from 'yaml';
import { configError } from './config-error.js';
import { YamlLocator } from './yaml-locations.js';

export interface YamlConfigAbout {
  /** "gate policy", "monitor policy": what the file is, in messages */
  what: string;
  /** how to fix an empty file */
  emptyFix: string;
  /** a better fix for a syntax error on this line of text, when one is known */
  syntaxFix?: (lineText: string) => string | undefined;
}

/**
 * Parses a YAML configuration file the user commits: a syntax error or an empty file is a
 * UserError at its line; the result keeps a locator so that later checks can point at lines too.
 */
export function parseYamlConfig(text: string, file: string, about: YamlConfigAbout): { raw: unknown; locator: YamlLocator } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const special = about.syntaxFix?.(text.split('\n')[line - 1] ?? '');
    throw configError(
      file,
      line,
      `The ${about.what} is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      special ?? 'Fix the YAML syntax at that line (indentation, a missing colon, a duplicated key).',
    );
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) throw configError(file, 1, `The ${about.what} is empty.`, about.emptyFix);
  return { raw, locator: new YamlLocator(doc, lineCounter) };
}
