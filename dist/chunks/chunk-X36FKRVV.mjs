import { createRequire as __mlciCreateRequire } from 'node:module'; const require = __mlciCreateRequire(import.meta.url);

// shared/steps/output-dir.ts
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
async function resolveOutputDir(host, step) {
  const given = host.input("output-dir").trim();
  const dir = given ? resolve(given) : host.onRunner ? join(host.tempDir, "mlci", step) : resolve("mlci-output", step);
  await mkdir(dir, { recursive: true });
  return dir;
}

export {
  resolveOutputDir
};
