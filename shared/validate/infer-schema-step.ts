import { resolve } from 'node:path';
import { requireInput } from '../steps/inputs.js';
import { splitPatternList } from './resolve-files.js';
import type { StepDefinition } from '../steps/types.js';

/**
 * `mlci infer-schema`: writes a schema from a reference dataset, as TFDV does, for the user to
 * review and commit. A command for people at a terminal, so it has no action of its own.
 */
export const inferSchemaStep: StepDefinition<'data' | 'target' | 'output' | 'delimiter', 'schema-file'> = {
  name: 'infer-schema',
  description: 'Writes a data schema (types, ranges, allowed values) inferred from a reference dataset, to review and commit.',
  inputs: {
    data: { list: true, description: 'Reference data: a file, a list or a glob (CSV, JSON Lines, Parquet).', required: true },
    target: { description: 'Label column, for the label-balance rule.', default: '' },
    output: { description: 'Where to write the schema.', default: '.mlci/schema.yml' },
    delimiter: { description: 'CSV delimiter; empty: "," (tab for .tsv).', default: '' },
  },
  outputs: { 'schema-file': { description: 'Path of the schema written.' } },
  async run(host) {
    const { inferSchemaFile } = await import('./infer-schema-file.js');
    const output = resolve(host.input('output'));
    const target = host.input('target').trim();
    const delimiter = host.input('delimiter');
    await inferSchemaFile({
      files: splitPatternList(requireInput('data', host.input('data'), 'Pass --data with the reference dataset.')),
      output,
      ...(target ? { target } : {}),
      ...(delimiter ? { delimiter } : {}),
      logger: host.logger,
    });
    host.setOutput('schema-file', output);
    return {};
  },
};
