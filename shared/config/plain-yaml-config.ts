import { readPlainYaml } from './plain-yaml.js';
import type { YamlConfigAbout } from './yaml-config.js';
import { PlainYamlLocator, type YamlLocator } from './yaml-locations.js';

/** a configuration file's value, and where its keys and values are */
export interface ParsedYamlConfig {
  raw: unknown;
  locator: YamlLocator;
}

/** the parse of a plain file (plain-yaml.ts), or undefined for the `yaml` package to read */
export function readPlainConfig(text: string): ParsedYamlConfig | undefined {
  // plain files (most are) without the `yaml` package: the same value and lines, a tenth of the time cold
  const plain = readPlainYaml(text);
  return plain ? { raw: plain.value, locator: new PlainYamlLocator(plain.root) } : undefined;
}

/**
 * parseYamlConfig (yaml-config.ts) with the `yaml` package loaded only for a file that needs it:
 * a module that imports this, and not yaml-config.ts, keeps `yaml` (a 260 KB chunk of JavaScript
 * to load and compile) out of its start. validate-data reads its schema this way.
 */
export async function parseYamlConfigLazily(text: string, file: string, about: YamlConfigAbout): Promise<ParsedYamlConfig> {
  const plain = readPlainConfig(text);
  if (plain) return plain;
  const { parseYamlConfigWithYaml } = await import('./yaml-config.js');
  return parseYamlConfigWithYaml(text, file, about);
}
