/**
 * The JSON Schema of a data schema file (.mlci/data-schema.yml), checked with ajv before anything
 * is read from it, so that each mistake is reported at its line. See docs/validate-data.md.
 */
/**
 * How ajv compiles the format (scripts/build-schema-validator.mjs, ahead of time). validateSchema:
 * false: the format is ours and fixed; test/validate/schema.test.ts checks it against JSON Schema's
 * meta-schema once.
 */
export const SCHEMA_FORMAT_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true, validateSchema: false } as const;

const fraction = { type: 'number', minimum: 0, maximum: 1 };

/** a check written as its value, or as { value, mostly } */
function check(value: object): object {
  return {
    anyOf: [value, { type: 'object', properties: { value, mostly: fraction }, required: ['value'], additionalProperties: false }],
  };
}

const driftMethod = { enum: ['ks', 'chisquare', 'wasserstein', 'psi', 'jensenshannon'] };

export const COLUMN_KEYS = ['type', 'nullable', 'max_missing', 'required', 'min', 'max', 'allowed_values', 'regex', 'unique', 'mostly', 'drift'] as const;

const columnSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { enum: ['numeric', 'integer', 'categorical', 'text', 'boolean'] },
    nullable: { type: 'boolean' },
    max_missing: fraction,
    required: { type: 'boolean' },
    min: check({ type: 'number' }),
    max: check({ type: 'number' }),
    allowed_values: check({ type: 'array', items: { type: ['string', 'number', 'boolean'] }, minItems: 1 }),
    regex: check({ type: 'string', minLength: 1 }),
    unique: check({ type: 'boolean' }),
    mostly: fraction,
    drift: {
      anyOf: [
        { type: 'boolean' },
        { type: 'object', additionalProperties: false, properties: { method: driftMethod, threshold: { type: 'number', minimum: 0 } } },
      ],
    },
  },
};

export const dataSchemaFormat = {
  type: 'object',
  additionalProperties: false,
  required: ['columns'],
  properties: {
    version: { const: 1 },
    columns: { type: 'object', additionalProperties: columnSchema },
    dataset: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rows: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
        },
        duplicate_rows: {
          type: 'object',
          additionalProperties: false,
          required: ['max_share'],
          properties: { max_share: fraction },
        },
        target: { type: 'string', minLength: 1 },
        label_balance: {
          type: 'object',
          additionalProperties: false,
          required: ['min_share'],
          properties: { min_share: fraction },
        },
        drift_share: fraction,
        extra_columns: { enum: ['allow', 'fail'] },
      },
    },
  },
} as const;
