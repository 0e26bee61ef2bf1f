// validate-data on data that looks fine but is not: a declared class that never occurs must fail
// the label-balance rule (a share of 0 is below any minimum).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { validateData } from '../../shared/validate/validate-data.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-bad-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('label balance', () => {
  const schema = write('schema.yml', 'columns:\n  x:\n    type: numeric\n  y:\n    type: categorical\n    allowed_values: ["0", "1"]\ndataset:\n  target: y\n  label_balance: { min_share: 0.1 }\n');
  const rule = async (rows: string) => {
    const result = await validateData({ files: [write(`data-${rows.length}.csv`, `x,y\n${rows}`)], schema, outputDir: join(dir, `out-${rows.length}`), logger: silentLogger });
    return result.rules.find((r) => r.id === 'dataset.label_balance')!;
  };

  it('fails when a declared class is missing altogether', async () => {
    const verdict = await rule('1,0\n2,0\n3,0\n4,0\n');
    expect(verdict.verdict).toBe('fail');
    expect(verdict.message).toMatch(/1 \(0%\)/);
  });

  it('passes when both declared classes hold their share', async () => {
    expect((await rule('1,0\n2,1\n3,0\n4,1\n')).verdict).toBe('pass');
  });
});
