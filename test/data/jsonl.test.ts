import { readJsonl } from '../../shared/data/jsonl.js';
import type { DataIssue } from '../../shared/data/read-options.js';
import { tempDir, userError } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());


describe('readJsonl', () => {
  test('numbers, strings, booleans, null and absent keys; columns in order of first appearance', async () => {
    const path = dir.write('rows.jsonl', '{"a": 1, "b": "x"}\r\n\n{"b": null, "a": 2.5, "c": true}\n{"a": -3e-5}');
    const table = await readJsonl(path);
    expect(table.columns.map((c) => [c.name, c.kind])).toEqual([
      ['a', 'numeric'],
      ['b', 'text'],
      ['c', 'numeric'],
    ]);
    expect(Array.from(table.columns[0]!.values as Float64Array)).toEqual([1, 2.5, -3e-5]);
    expect(table.columns[1]!.values).toEqual(['x', null, null]);
    expect(Array.from(table.columns[2]!.values as Float64Array)).toEqual([NaN, 1, NaN]);
    expect(Array.from(table.rowLines!)).toEqual([1, 3, 4]);
  });

  test('a bad line: strict names file:line, lenient skips it', async () => {
    const path = dir.write('bad.jsonl', '{"a": 1}\n{"a": 2,}\n[1, 2]\n{"a": 4}\n');
    const err = await userError(readJsonl(path));
    expect(err.location).toEqual({ file: path, line: 2 });
    expect(err.message).toContain('not valid JSON');
    const issues: DataIssue[] = [];
    const table = await readJsonl(path, { onIssue: (i) => issues.push(i) });
    expect(issues.map((i) => [i.kind, i.line])).toEqual([
      ['bad-json', 2],
      ['bad-json', 3],
    ]);
    expect(Array.from(table.columns[0]!.values as Float64Array)).toEqual([1, 4]);
  });

  test('a nested object names its key', async () => {
    const path = dir.write('nested.jsonl', '{"a": 1, "meta": {"k": 2}}\n');
    const err = await userError(readJsonl(path));
    expect(err.message).toContain('"meta"');
    expect(err.message).toContain('an object');
    expect(err.location).toEqual({ file: path, line: 1 });
  });

  test('invalid UTF-8 with its line', async () => {
    const path = dir.write('latin1.jsonl', Buffer.concat([Buffer.from('{"a": "ok"}\n{"a": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const err = await userError(readJsonl(path));
    expect(err.location).toEqual({ file: path, line: 2 });
  });

  test('empty, and a column asked for that no row has', async () => {
    expect((await userError(readJsonl(dir.write('empty.jsonl', '\n\n')))).message).toContain('is empty');
    expect((await userError(readJsonl(dir.write('one.jsonl', '{"a": 1}\n'), { columns: ['b'] }))).message).toContain('"b"');
  });
});
