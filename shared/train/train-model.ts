import { mkdir, rm } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { listedFiles, writeOutputManifest, OUTPUT_MANIFEST } from '../fs/output-manifest.js';
import { resolveInside } from '../fs/safe-path.js';
import { loadTable } from '../data/load.js';
import type { Logger } from '../log.js';
import type { OrtModule } from '../runtime/ort-module.js';
import type { DirectoryCache } from '../steps/types.js';
import { isBuiltinTrainer, BUILTIN_TRAINERS } from './builtin/trainers.js';
import { METRICS_FILE, MODEL_FILE, runBuiltinTrainer } from './builtin-run.js';
import { collectOutputs } from './collect-outputs.js';
import { parseTrainingCommand } from './command-line.js';
import { gitCommit, lineageFrom, outputDigests, writeLineage } from './lineage.js';
import { applyParamOverrides, readParamsFile, type TrainingParams } from './params.js';
import { formatDuration, runTrainingCommand } from './run-command.js';
import { restoreCachedRun, saveCachedRun } from './run-cache.js';
import { computeRunKey } from './run-key.js';
import { validateTrainedModel, type TrainedModelCheck } from './validate-trained-model.js';
import { DEFAULT_OUTPUTS } from './defaults.js';

export interface TrainModelOptions {
  /** a built-in trainer (builtin:logistic-regression, …); empty when `command` is given */
  trainer?: string;
  /** the user's command: a YAML/JSON argument list or a script path */
  command?: string;
  /** params file (YAML/JSON) */
  paramsFile?: string;
  /** name=value overrides, e.g. from a workflow matrix */
  paramOverrides?: string[];
  /** training data files; the first is what built-in trainers train on */
  data: string[];
  target?: string;
  /** globs of the training code, for the cache key */
  code: string[];
  dataManifest?: string;
  /** lockfiles for the cache key; empty: the usual ones in cwd */
  lockfiles?: string[];
  /** declared outputs of a command (paths or globs); the first .onnx among them is the model */
  outputs: string[];
  timeoutMs: number;
  useCache: boolean;
  cwd: string;
  outputDir: string;
  scratchDir: string;
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  cache: DirectoryCache;
  loadOrt: () => Promise<OrtModule>;
  /** versions for the lineage record: node, onnxruntime-node, mlci */
  tools: Record<string, string>;
}

export interface TrainModelResult {
  trainer: string;
  modelFile: string;
  metricsFile?: string;
  lineageFile: string;
  cacheHit: boolean;
  /** whether this run's outputs were saved to the cache */
  cacheSaved: boolean;
  /** training time; on a hit, the original run's (the time saved) */
  durationMs: number;
  key: string;
  /** output files relative to the output directory */
  outputs: string[];
  check: TrainedModelCheck;
}

export { DEFAULT_OUTPUTS } from './defaults.js';

/**
 * Trains a model reproducibly: computes the run key from code, data, parameters, command and
 * lockfiles; restores the outputs of an earlier run with the same key (skipping training), or
 * trains (a built-in trainer, or the user's command in a child process); checks the model; writes
 * lineage.json and manifest.json into the output directory.
 */
export async function trainModel(options: TrainModelOptions): Promise<TrainModelResult> {
  const { logger } = options;
  const cwd = resolve(options.cwd);
  const outputDir = resolve(options.outputDir);
  const trainer = (options.trainer ?? '').trim();
  const commandText = (options.command ?? '').trim();
  checkTrainerOrCommand(trainer, commandText, options);

  let params: TrainingParams = options.paramsFile ? await readParamsFile(resolve(cwd, options.paramsFile)) : {};
  params = applyParamOverrides(params, options.paramOverrides ?? []);
  const argv = trainer ? [trainer] : await parseTrainingCommand(commandText, cwd);
  // as the key and lineage record it: independent of where the checkout and node are
  const portableCommand = argv.map((a) => portableArgument(cwd, a));
  const outputs = trainer ? [MODEL_FILE, METRICS_FILE] : options.outputs.length > 0 ? options.outputs : DEFAULT_OUTPUTS;
  const { key, components } = await computeRunKey({
    cwd,
    code: options.code,
    dataManifest: options.dataManifest ? resolve(cwd, options.dataManifest) : undefined,
    data: options.data,
    params,
    command: portableCommand,
    lockfiles: options.lockfiles ?? [],
    excludeDirs: [outputDir, resolve(options.scratchDir)],
    settings: { target: options.target ?? '', outputs: outputs.join('\n'), mlci: options.tools.mlci ?? '' },
  });
  logger.info(`Run key: ${key}`);
  await mkdir(outputDir, { recursive: true });
  await clearStaleOutputs(outputDir);

  const cached = options.useCache ? await restoreCachedRun(options.cache, key, outputDir, options.scratchDir, logger) : undefined;
  const cacheHit = cached !== undefined;
  if (cached) logger.info(`Training skipped: cache hit (an earlier run with the same inputs took ${formatDuration(cached.durationMs)}).`);
  const { files, durationMs } = cached ?? (await train(trainer, argv, params, outputs, { ...options, cwd, outputDir }));

  const model = files.find((f) => f.toLowerCase().endsWith('.onnx'));
  if (!model) {
    throw new UserError(
      'Training finished but wrote no ONNX model.',
      `declared outputs: ${outputs.join(', ')}; output directory ${outputDir}`,
      'Save the model as model.onnx in $MLCI_OUTPUT_DIR (or the working directory), or declare its path in outputs.',
    );
  }
  const modelFile = resolve(outputDir, model);
  const sample = options.data.length > 0 && options.target ? { table: await loadTable(resolve(cwd, options.data[0]!), { maxRows: 5 }), target: options.target } : undefined;
  const check = await validateTrainedModel(modelFile, await options.loadOrt(), sample);

  const cacheSaved = options.useCache && !cacheHit && (await saveCachedRun(options.cache, { schema: 'mlci/train-run@1', key, durationMs, createdAt: new Date().toISOString(), files }, outputDir, options.scratchDir, logger));
  const lineageFile = await writeLineage(
    outputDir,
    lineageFrom(components, {
      git: await gitCommit(cwd, options.env),
      trainer: trainer || 'command',
      command: portableCommand,
      params,
      durationMs,
      cache: { key, hit: cacheHit },
      tools: options.tools,
      outputs: await outputDigests(outputDir, files),
      ...(check.featureNames.length > 0 ? { features: check.featureNames } : {}),
    }),
  );
  await writeOutputManifest(outputDir, 'train-model');
  const metrics = files.find((f) => f === METRICS_FILE || f.endsWith(`/${METRICS_FILE}`));
  return {
    trainer: trainer || portableCommand.join(' '),
    modelFile,
    ...(metrics ? { metricsFile: resolve(outputDir, metrics) } : {}),
    lineageFile,
    cacheHit,
    cacheSaved,
    durationMs,
    key,
    outputs: files,
    check,
  };
}

function checkTrainerOrCommand(trainer: string, command: string, options: TrainModelOptions): void {
  if (trainer && command) throw new UserError('Both trainer and command are set.', 'inputs trainer, command', 'Use a built-in trainer or your own command, not both.');
  if (!trainer && !command) throw new UserError('Neither trainer nor command is set.', 'inputs trainer, command', `Set trainer to one of ${BUILTIN_TRAINERS.join(', ')}, or command to your training command.`);
  if (trainer && !isBuiltinTrainer(trainer)) throw new UserError(`Unknown trainer "${trainer}".`, 'input trainer', `Use one of ${BUILTIN_TRAINERS.join(', ')}, or give a command instead.`);
  if (trainer && (!options.target || options.data.length === 0)) throw new UserError(`${trainer} needs data and target.`, 'inputs data, target', 'Set data to the training file and target to the label column.');
}

/** Trains for real: the built-in trainer in this process, or the command in a child process. */
async function train(trainer: string, argv: string[], params: TrainingParams, outputs: string[], options: TrainModelOptions): Promise<{ files: string[]; durationMs: number }> {
  const { cwd, outputDir, logger } = options;
  if (trainer) return runBuiltinTrainer(trainer, resolve(cwd, options.data[0]!), options.target!, params, outputDir, logger);
  const run = await runTrainingCommand({
    argv,
    cwd,
    params,
    inputs: { DATA: options.data.map((d) => resolve(cwd, d)).join('\n'), TARGET: options.target ?? '' },
    outputDir,
    scratchDir: options.scratchDir,
    timeoutMs: options.timeoutMs,
    env: options.env,
    logger,
  });
  const collected = await collectOutputs(cwd, outputs, outputDir);
  // a missing model is reported by the caller, with the places it looked
  for (const pattern of collected.missing) if (!pattern.endsWith('.onnx')) logger.warning(`The declared output "${pattern}" was not written.`);
  return { files: collected.files, durationMs: run.durationMs };
}

/**
 * Removes what an earlier run left in the output directory under the declared output names, so a
 * command that writes nothing cannot pass with a stale model.
 */
/**
 * Removes what an earlier train-model run left (the files its manifest.json lists, which mlci
 * wrote) and nothing else: a folder mlci did not fill keeps every file it had.
 */
async function clearStaleOutputs(outputDir: string): Promise<void> {
  const previous = await listedFiles(outputDir).catch(() => undefined);
  if (!previous) return;
  for (const rel of [...previous, OUTPUT_MANIFEST]) await rm(resolveInside(outputDir, rel, 'manifest entry'), { force: true });
}

/** Paths inside cwd as relative ones, so the key and lineage do not depend on where the checkout is. */
function portableArgument(cwd: string, arg: string): string {
  if (arg === process.execPath) return 'node';
  if (!isAbsolute(arg)) return arg;
  const rel = relative(cwd, arg);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : arg;
}
