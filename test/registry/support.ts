// Helpers for the registry tests: a fresh store folder and copies of the real fixture models.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { openRegistry } from '../../shared/registry/index.js';

export const MODELS = join(import.meta.dirname, '..', 'fixtures', 'models');

export function tempDir(prefix = 'mlci-registry-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function modelCopy(fixture: string, dir = tempDir('mlci-model-')): string {
  const path = join(dir, 'model.onnx');
  copyFileSync(join(MODELS, fixture), path);
  return path;
}

export function localRegistry(dir = tempDir()) {
  return openRegistry(dir, { env: {}, logger: silentLogger });
}
