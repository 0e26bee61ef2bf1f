import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker script bundled as its own entry of dist/ (NAME.mjs, see scripts/build.mjs), looked up
 * next to this code (an entry) or one folder up (an entry in a subfolder, or a shared chunk);
 * undefined when running from the TypeScript sources, where the step then reads in one process.
 */
export function findBundledWorker(name: string): URL | undefined {
  for (const candidate of [`./${name}.mjs`, `../${name}.mjs`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
