import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/log.js';
import { validateData } from '../../shared/validate/validate-data.js';

test('text from the data cannot inject HTML, break the table or mention anyone in report.md', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-report-'));
  const data = join(dir, 'hostile.csv');
  writeFileSync(data, '"<img src=x onerror=alert(1)>",owner\n1,@octocat | *bold*\n2,"line\nbreak"\n3,@octocat | *bold*\n');
  const schema = join(dir, 'schema.yml');
  writeFileSync(schema, 'columns:\n  owner:\n    type: categorical\n    allowed_values: [alice]\n');
  const result = await validateData({ files: [data], schema, outputDir: join(dir, 'out'), logger: silentLogger });
  const report = readFileSync(result.files.report, 'utf8');
  expect(report).not.toContain('<img');
  expect(report).toContain('&lt;img');
  expect(report).not.toMatch(/@octocat/);
  // every table row keeps its column count: no unescaped | from the data
  const rows = report.split('\n').filter((l) => l.startsWith('| '));
  const widths = new Set(rows.slice(0, 3).map((l) => l.split(/(?<!\\)\|/).length));
  expect(widths.size).toBe(1);
  expect(result.rules.find((r) => r.id === 'column.owner.allowed_values')!.failed).toBe(3);
});
