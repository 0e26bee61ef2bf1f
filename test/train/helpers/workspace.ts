import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../../shared/log.js';
import type { OrtModule } from '../../../shared/runtime/ort-module.js';
import { FolderDirectoryCache } from '../../../shared/runtime/folder-cache.js';
import type { TrainModelOptions } from '../../../shared/train/train-model.js';

export const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;

/** A logger that keeps every line, so tests can read what a run reported. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    debug: () => {},
    group: async (title, body) => {
      lines.push(`group: ${title}`);
      return body();
    },
  };
}

/**
 * A throwaway project folder holding copies of the training fixtures and data, plus a folder cache,
 * so tests can change files and see the run key change.
 */
export function makeWorkspace(): { dir: string; cacheDir: string; options: (extra: Partial<TrainModelOptions>) => TrainModelOptions & { logger: Logger & { lines: string[] } }; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-train-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(join(fixtures, 'train', 'train-node.mjs'), join(dir, 'train-node.mjs'));
  copyFileSync(join(fixtures, 'train', 'train.sh'), join(dir, 'train.sh'));
  copyFileSync(join(fixtures, 'data', 'breast_cancer_train.csv'), join(dir, 'data', 'train.csv'));
  const cacheDir = join(dir, '.cache');
  const cache = new FolderDirectoryCache(cacheDir);
  let run = 0;
  return {
    dir,
    cacheDir,
    options: (extra) => ({
      data: ['data/train.csv'],
      target: 'target',
      code: ['*.mjs', '*.sh'],
      outputs: [],
      timeoutMs: 60_000,
      useCache: true,
      cwd: dir,
      outputDir: join(dir, `out-${++run}`),
      scratchDir: join(dir, '.scratch'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      logger: recordingLogger(),
      cache,
      loadOrt: async () => ort,
      tools: { mlci: 'test', node: process.version },
      ...extra,
    }) as TrainModelOptions & { logger: Logger & { lines: string[] } },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
