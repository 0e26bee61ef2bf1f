// A CSV reader's feature matrix says it holds no ±Infinity (FeatureMatrix.finite) only when that is
// so: then evaluate-gate's value check skips its look at every cell. A cell beyond float32's range
// or infinite (parseDecimal reads `1e39`, `1e400`, `Infinity`) takes the claim away from its batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamCsv } from '../../shared/data/csv.js';
import type { FeatureMatrix } from '../../shared/data/feature-matrix.js';
import { checkFeatureValues } from '../../shared/model/feature-range.js';
import { UserError } from '../../shared/errors.js';
import type { Table } from '../../shared/data/table.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-finite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * 400 rows of plain decimals, with `odd` at row `at` of column x2; empty and text cells, and 1e38
 * (an exponent the scanner leaves to parseDecimal) in a few rows: the others are plain rows, which
 * the WebAssembly scanner places itself (csv-plain-rows.ts)
 */
function file(odd: string, at: number): string {
  const lines = ['x1,x2,x3,target'];
  for (let r = 0; r < 400; r++) lines.push(`${r / 8},${r === at ? odd : r % 17 === 0 ? '' : r % 23 === 0 ? 'n/a' : String(-r * 3)},${r % 5 === 0 ? '1e38' : String(r * 1.5)},${r % 2}`);
  return lines.join('\n') + '\n';
}

async function matrices(path: string, type: 'float32' | 'float64', scanner: 'js' | 'wasm'): Promise<{ matrix: FeatureMatrix; table: Table }[]> {
  const out: { matrix: FeatureMatrix; table: Table }[] = [];
  const before = process.env.MLCI_CSV_SCANNER;
  process.env.MLCI_CSV_SCANNER = scanner;
  try {
    await streamCsv(path, { batchRows: 100, featureMatrix: { exclude: ['target'], type }, onBatch: (t) => void out.push({ matrix: { ...t.featureMatrix!, data: t.featureMatrix!.data.slice() }, table: t }) });
  } finally {
    if (before === undefined) delete process.env.MLCI_CSV_SCANNER;
    else process.env.MLCI_CSV_SCANNER = before;
  }
  return out;
}

const hasInfinity = (data: Float32Array | Float64Array) => data.some((v) => v === Infinity || v === -Infinity);

describe.each(['js', 'wasm'] as const)('the %s scanner', (scanner) => {
  test.each([
    ['12.5', false],
    ['1e38', false],
    ['3.4028234663852886e38', false],
    ['1e39', true],
    ['-1e39', true],
    ['1e400', true],
    ['Infinity', true],
    ['-Infinity', true],
  ])('%s at row 250: only its batch loses the claim', async (odd, outOfRange) => {
    const path = join(dir, `odd-${scanner}.csv`);
    writeFileSync(path, file(odd, 250));
    for (const type of ['float32', 'float64'] as const) {
      const batches = await matrices(path, type, scanner);
      expect(batches).toHaveLength(4);
      batches.forEach(({ matrix }, b) => {
        const claimed = matrix.finite === true;
        expect(claimed).toBe(!(outOfRange && b === 2));
        // the claim is never wrong
        if (claimed) expect(hasInfinity(matrix.data)).toBe(false);
      });
      // the check still refuses what the matrix holds where it makes no claim
      const batch = batches[2]!;
      const table = { ...batch.table, featureMatrix: batch.matrix };
      const input = [{ name: 'X', type, shape: [-1, 3] }] as Parameters<typeof checkFeatureValues>[2];
      const check = () => checkFeatureValues(table, batch.matrix.columns, input, 'model.onnx');
      if (hasInfinity(batch.matrix.data)) expect(check).toThrow(UserError);
      else expect(check).not.toThrow();
    }
  });
});
