import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError, type UserError } from '../../shared/errors.js';
import { silentLogger } from '../../shared/log.js';
import { Ajv } from 'ajv';
import { SCHEMA_FORMAT_AJV_OPTIONS, parseDataSchema } from '../../shared/validate/schema/load-schema.js';
import { dataSchemaFormat } from '../../shared/validate/schema/schema-format.js';
import { validate as validateSchemaFormat } from '../../shared/validate/schema/schema-format-validator.js';
import { inferSchemaFile } from '../../shared/validate/infer-schema-file.js';
import { validateData } from '../../shared/validate/validate-data.js';

async function schemaError(text: string): Promise<UserError> {
  try {
    await parseDataSchema(text, 'schema.yml');
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error('the schema was accepted');
}

describe('schema file mistakes are reported at their line', () => {
  const cases: [string, string, number, RegExp][] = [
    ['an unknown key, with a suggestion', 'columns:\n  age:\n    type: integer\n    minimum: 0\n', 4, /Unknown key "minimum".*Did you mean "min"/],
    ['a type that does not exist', 'columns:\n  age:\n    type: int\n', 3, /"columns.age.type" is "int".*Did you mean "integer"/],
    ['a mostly above 1', 'columns:\n  age:\n    type: numeric\n    min: { value: 0, mostly: 1.5 }\n', 4, /mostly/],
    ['min above max', 'columns:\n  age:\n    type: numeric\n    min: 10\n    max: 5\n', 5, /min 10 above max 5/],
    ['a broken regex', "columns:\n  code:\n    type: text\n    regex: '([a-z'\n", 4, /regex of column "code" is not valid/],
    ['a column without a type', 'columns:\n  a:\n    type: text\n  b:\n    nullable: true\n', 4, /needs the key "type"/],
    ['a range on a categorical column', 'columns:\n  c:\n    type: categorical\n    min: 1\n', 4, /categorical but sets a min/],
    ['label balance without a target', 'columns:\n  y:\n    type: categorical\ndataset:\n  label_balance: { min_share: 0.1 }\n', 5, /needs dataset.target/],
    ['invalid YAML', 'columns:\n  a:\n    type: text\n   b: 1\n', 4, /not valid YAML/],
  ];
  for (const [name, text, line, message] of cases) {
    test(name, async () => {
      const err = await schemaError(text);
      expect(err.location).toEqual({ file: 'schema.yml', line });
      expect(err.message).toMatch(message);
      expect(err.fix).toBeTruthy();
    });
  }
});

test('checks accept a value or { value, mostly }, and a column-wide mostly', async () => {
  const s = await parseDataSchema('columns:\n  x:\n    type: numeric\n    mostly: 0.9\n    min: 0\n    max: { value: 10, mostly: 0.5 }\n    nullable: false\n', 'schema.yml');
  const x = s.columns[0]!;
  expect(x.min).toMatchObject({ value: 0, mostly: 0.9, line: 5 });
  expect(x.max).toMatchObject({ value: 10, mostly: 0.5, line: 6 });
  expect(x.maxMissing).toBe(0);
});

test('mostly decides as in Great Expectations: the share of present values that pass', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-mostly-'));
  const data = join(dir, 'd.csv');
  // 10 present values, 2 of them above 100, one missing (ignored)
  writeFileSync(data, 'x\n1\n2\n3\n4\n5\n6\n7\n8\n500\n600\n\n');
  const run = async (mostly: number) => {
    const schema = join(dir, `s${mostly}.yml`);
    writeFileSync(schema, `columns:\n  x:\n    type: integer\n    max: { value: 100, mostly: ${mostly} }\n`);
    const r = await validateData({ files: [data], schema, outputDir: join(dir, `out${mostly}`), logger: silentLogger });
    return r.rules.find((x) => x.id === 'column.x.max')!;
  };
  expect((await run(0.8)).verdict).toBe('pass');
  const failed = await run(0.81);
  expect(failed.verdict).toBe('fail');
  expect([failed.failed, failed.checked]).toEqual([2, 10]);
  expect(failed.examples!.map((e) => e.line)).toEqual([10, 11]);
});

test('an inferred schema, written as YAML, reads back as the same rules', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'mlci-infer-')), 'schema.yml');
  const { schema } = await inferSchemaFile({ files: ['test/fixtures/data/breast_cancer_train.csv'], output: out, target: 'target', logger: silentLogger });
  const text = readFileSync(out, 'utf8');
  expect(text).toMatch(/^# Data schema inferred by mlci/);
  const back = await parseDataSchema(text, out);
  expect(back.columns.map((c) => [c.name, c.type.value, c.min?.value, c.max?.value, c.allowedValues?.value, c.maxMissing])).toEqual(
    schema.columns.map((c) => [c.name, c.type.value, c.min?.value, c.max?.value, c.allowedValues?.value, c.maxMissing]),
  );
  const target = back.columns.find((c) => c.name === 'target')!;
  expect(target.type.value).toBe('categorical');
  expect(target.allowedValues!.value).toEqual(['0', '1']);
  expect(back.dataset.target).toBe('target');
  // the training rows themselves pass the schema inferred from them
  const r = await validateData({ files: ['test/fixtures/data/breast_cancer_train.csv'], schema: out, outputDir: join(out, '..', 'o'), logger: silentLogger });
  expect(r.rules.filter((x) => x.verdict === 'fail')).toEqual([]);
  expect(r.passed).toBe(true);
});

test('the schema format is a valid JSON Schema (loading skips this check for speed, so it is made here)', () => {
  const ajv = new Ajv({ ...SCHEMA_FORMAT_AJV_OPTIONS, validateSchema: true });
  expect(ajv.validateSchema(dataSchemaFormat)).toBe(true);
  expect(ajv.errors ?? null).toBeNull();
  // and a format that breaks the meta-schema is caught by that very check
  expect(ajv.validateSchema({ ...dataSchemaFormat, type: 'no-such-type' })).toBe(false);
});

describe('the format validator compiled ahead (scripts/build-schema-validator.mjs)', () => {
  it('is a fresh generation from the format and ajv options', () => {
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-schema-validator.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('answers as ajv compiling the format at run time does, errors and all', () => {
    const compiled = new Ajv(SCHEMA_FORMAT_AJV_OPTIONS).compile(dataSchemaFormat);
    const ahead = validateSchemaFormat as unknown as typeof compiled;
    const inputs: unknown[] = [
      { columns: { a: { type: 'numeric', min: 0, max: { value: 5, mostly: 0.9 } } }, dataset: { rows: { min: 1 } } },
      { columns: { a: { type: 'numeric', min: 'zero', nullable: 'no', regex: '' } } },
      { columns: { b: { type: 'categorical', allowed_values: [], drift: { method: 'nope' } } }, extra: 1 },
      { columns: { c: { type: 'text', regex: { value: '', mostly: 2 }, unique: { value: true, mostly: -1 } } }, dataset: { duplicate_rows: {}, label_balance: { min_share: 3 }, extra_columns: 'maybe' } },
      { version: 2 },
      'not an object',
      { columns: { d: { type: 'boolean', allowed_values: [true, { x: 1 }], max_missing: 1.5, drift: 'yes' } }, dataset: { rows: {}, target: '' } },
      { columns: { e: { type: 'numeric', regex: '😀' } } },
    ];
    for (const input of inputs) {
      expect(ahead(input)).toBe(compiled(input));
      expect(ahead.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
