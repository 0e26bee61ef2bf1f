/** @jest-environment ./test/runtime/ort-environment.js */
// evaluate-gate sizes its kept arrays before the rows stream: a gzip CSV, whose rows are not
// estimated from the start of the file, gets room from row-capacity.ts's hint (its first 256 KB's
// ratio and line length), not one batch that then grows by copies.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluateModel } from '../../shared/evaluate/evaluate-model.js';
import { silentLogger, type Logger } from '../../shared/log.js';
import type { OrtModule } from '../../shared/runtime/ort-module.js';

const ort = createRequire(import.meta.url)('onnxruntime-node') as OrtModule;
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mlci-row-room-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** the room evaluate-gate's debug line says it made, with the rows it evaluated */
async function roomFor(data: string): Promise<{ room: number; rows: number; why: string }> {
  const lines: string[] = [];
  const logger: Logger = { ...silentLogger, debug: (m) => void lines.push(m) };
  const result = await evaluateModel({ model: fixture('models/breast_cancer_lr.onnx'), data, target: 'target', batchSize: 64, bootstrap: { resamples: 0, seed: 1, level: 0.95 }, ort, logger });
  const said = lines.map((line) => /^Room for (\d+) rows in the kept arrays \((.*)\)\.$/.exec(line)).find((m) => m);
  expect(said).toBeDefined();
  return { room: Number(said![1]), rows: result.data.rows, why: said![2]! };
}

test("a gzip CSV's kept arrays are sized from the hint: room for all its rows, not one batch", async () => {
  const [header, ...rows] = readFileSync(fixture('data/breast_cancer_test.csv'), 'utf8').trim().split('\n');
  // 60 copies of the test rows, about 6 MB of text: many times the compressed sample the hint inflates
  const data = join(work, 'many.csv.gz');
  writeFileSync(data, gzipSync(`${header}\n${`${rows.join('\n')}\n`.repeat(60)}`));
  const { room, rows: evaluated, why } = await roomFor(data);
  expect(evaluated).toBe(rows.length * 60);
  expect(why).toContain('gzip sample');
  // at least every row (a batch of 64 would be far fewer), at most the hint's half again on top
  expect(room).toBeGreaterThanOrEqual(evaluated);
  expect(room).toBeLessThanOrEqual(1.6 * 1.02 * evaluated + 16);
});
