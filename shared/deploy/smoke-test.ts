import { loadTable } from '../data/load.js';
import { columnNames } from '../data/table.js';
import { describeError, UserError } from '../errors.js';
import { mainThreadRunner, type BatchInput, type BatchOutput } from '../model/batch-runner.js';
import { allocateInput, fillFeed, planFeeds } from '../model/feeds.js';
import type { LoadedModel } from '../model/session.js';
import { ServerUnreachableError, type OipTensor, type ServeClient } from './serve-client.js';

/** What the smoke test found: the served model answered as the gated file does, or where it did not. */
export interface SmokeResult {
  rows: number;
  outputs: string[];
  /** the largest absolute difference between a served and a local number */
  maxAbsDiff: number;
  problems: string[];
  passed: boolean;
}

export interface SmokeTestOptions {
  client: ServeClient;
  /** the name the server serves the model under, and the version to ask for */
  servedName: string;
  version: string;
  /** the gated model, loaded locally with onnxruntime-node */
  model: LoadedModel;
  data: string;
  rows: number;
  /** a label column in the data to leave out of the features */
  target?: string;
  /** |served − local| ≤ atol + rtol·|local| */
  tolerance?: { atol: number; rtol: number };
}

const DATATYPES: Record<string, string> = { float32: 'FP32', float64: 'FP64', int64: 'INT64', int32: 'INT32' };

/**
 * Sends the first rows of a data file through the real endpoint, by version, and compares every
 * output with running the same ONNX file locally: the served model is the gated model, and it works.
 */
export async function smokeTest(options: SmokeTestOptions): Promise<SmokeResult> {
  const table = await loadTable(options.data, { maxRows: options.rows });
  if (table.rowCount === 0) throw new UserError(`The smoke-test data ${options.data} has no rows.`, 'input smoke-data', 'Point smoke-data at a CSV, JSON Lines or Parquet file with a few rows of features.');
  const features = columnNames(table).filter((c) => c !== options.target);
  const feeds = planFeeds(options.model.signature, table, features);
  const inputs: BatchInput[] = feeds.map((feed) => fillFeed(feed, allocateInput(feed, table.rowCount), table, 0, table.rowCount));
  const names = options.model.signature.outputs.map((o) => o.name);
  let local: Awaited<ReturnType<ReturnType<typeof mainThreadRunner>['run']>> | undefined;
  let localProblem: string | undefined;
  try {
    local = await mainThreadRunner(options.model.ort, options.model.session).run(
      inputs,
      names.map((n) => options.model.fetchNames[n] ?? n),
    );
  } catch (err) {
    // the gated file itself fails on these rows: no server can pass for it
    localProblem = `the model fails on these rows with onnxruntime here too: ${describeError(err).split('\n')[0]!.slice(0, 300)}`;
  }
  const request: OipTensor[] = inputs.map((i) => ({ name: i.name, datatype: DATATYPES[i.type] ?? 'FP32', shape: i.dims, data: Array.from(i.data as ArrayLike<number | bigint>, Number) }));
  const tolerance = options.tolerance ?? { atol: 1e-5, rtol: 1e-4 };
  const result: SmokeResult = { rows: table.rowCount, outputs: [], maxAbsDiff: 0, problems: [], passed: true };
  let served: Awaited<ReturnType<ServeClient['infer']>>;
  try {
    served = await options.client.infer(options.servedName, options.version, request, `mlci-deploy-smoke-${Date.now()}`);
  } catch (err) {
    // a server that is down is not the model's fault: that fails the deploy, not the smoke test
    if (err instanceof ServerUnreachableError) throw err;
    result.problems.push(describeError(err), ...(localProblem ? [localProblem] : []));
    result.passed = false;
    return result;
  }
  if (!local) {
    result.problems.push(localProblem ?? 'the local run gave nothing');
    result.passed = false;
    return result;
  }
  if (served.model_version !== undefined && served.model_version !== options.version) result.problems.push(`asked for version ${options.version}, the server answered with ${served.model_version}`);
  for (const name of names) {
    const mine = local.outputs[options.model.fetchNames[name] ?? name]!;
    const theirs = served.outputs?.find((o) => o.name === name);
    if (!theirs) {
      result.problems.push(`the response has no output "${name}"`);
      continue;
    }
    result.outputs.push(name);
    compareOutput(name, mine, theirs, tolerance, result);
  }
  result.passed = result.problems.length === 0;
  return result;
}

function compareOutput(name: string, mine: BatchOutput, theirs: OipTensor, tolerance: { atol: number; rtol: number }, result: SmokeResult): void {
  const expected = Array.from(mine.data as ArrayLike<number | bigint | string>);
  const got = (theirs.data ?? []).flat(Infinity) as unknown[];
  if (got.length !== expected.length) {
    result.problems.push(`output "${name}" has ${got.length} values, the local model gives ${expected.length}`);
    return;
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const g = got[i];
    if (typeof e === 'string') {
      if (String(g) !== e) {
        result.problems.push(`output "${name}" differs at element ${i}: served ${JSON.stringify(g)}, local ${JSON.stringify(e)}`);
        return;
      }
      continue;
    }
    const want = Number(e);
    const have = Number(g);
    const diff = Math.abs(have - want);
    if (!Number.isNaN(diff)) result.maxAbsDiff = Math.max(result.maxAbsDiff, diff);
    if (!(diff <= tolerance.atol + tolerance.rtol * Math.abs(want))) {
      result.problems.push(`output "${name}" differs at element ${i}: served ${have}, local ${want}`);
      return;
    }
  }
}
