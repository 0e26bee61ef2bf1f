import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/steps/bundled-worker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function findBundledWorker(name) {
  for (const candidate of [`./${name}.mjs`, `../${name}.mjs`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}

export {
  findBundledWorker
};
