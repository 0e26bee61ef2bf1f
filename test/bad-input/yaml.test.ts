// One guarded YAML loader for every file mlci reads: an alias bomb and absurdly deep nesting are
// reported as what they are, at their file, for the gate policy, the data schema and the params.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { parseGatePolicy } from '../../shared/gate/load-policy.js';
import { readParamsFile } from '../../shared/train/params.js';
import { parseDataSchema } from '../../shared/validate/schema/load-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`), 'columns: *i', ''].join('\n');
const deepFlow = `columns: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
const deepBlock = `columns:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;

const readers: [string, (text: string) => Promise<unknown>][] = [
  ['gate policy', async (text) => parseGatePolicy(text, 'gate.yml')],
  ['data schema', async (text) => parseDataSchema(text, 'schema.yml')],
  [
    'params file',
    async (text) => {
      const path = join(dir, `params-${text.length}.yml`);
      writeFileSync(path, text);
      return readParamsFile(path);
    },
  ],
];

describe.each(readers)('the %s', (_what, read) => {
  it.each([
    ['an alias bomb', aliasBomb, /alias/i],
    ['20,000-deep flow nesting', deepFlow, /nested more than \d+ levels deep/],
    ['300-deep block nesting', deepBlock, /nested more than \d+ levels deep/],
  ])('reports %s as what it is', async (_case, text, message) => {
    const err = (await read(text).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/missing colon/);
  });
});
