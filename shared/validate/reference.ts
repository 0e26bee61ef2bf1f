import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { scanData } from './scan-data.js';
import type { DataSchema } from './schema/types.js';
import { DatasetProfile, type DatasetStatisticsFileJson } from './stats/dataset-profile.js';

/**
 * The reference for drift: a statistics.json from an earlier run (e.g. the main branch's artifact)
 * or a data file, profiled now the same way as the current data.
 */
export async function loadReference(reference: string, schema: DataSchema | undefined, delimiter?: string): Promise<DatasetProfile> {
  if (extname(reference).toLowerCase() === '.json') return readStatisticsFile(reference);
  const scan = await scanData([reference], { checkRules: false, ...(schema ? { schema } : {}), ...(delimiter ? { delimiter } : {}) });
  const failure = scan.fileFailures[0];
  if (failure) throw new UserError(`The reference data cannot be read: ${failure.message}`, 'input reference', 'Point reference at a readable data file or at a statistics.json from an earlier run.');
  return scan.profile;
}

export async function readStatisticsFile(path: string): Promise<DatasetProfile> {
  let json: DatasetStatisticsFileJson;
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as DatasetStatisticsFileJson;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `The statistics file ${path} does not exist.` : `The statistics file ${path} is not readable JSON (${(err as Error).message}).`,
      path,
      'Pass a statistics.json written by validate-data (download the reference run\'s artifact first).',
      { file: path },
    );
  }
  return DatasetProfile.fromJSON(json, path);
}
