import { join } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../fs/atomic.js';
import { loadTable } from '../data/load.js';
import type { Logger } from '../log.js';
import { trainBuiltin } from './builtin/trainers.js';
import type { TrainingParams } from './params.js';
import { formatDuration } from './run-command.js';

export const MODEL_FILE = 'model.onnx';
export const METRICS_FILE = 'metrics.json';

/**
 * Trains a built-in model on a data file and writes model.onnx and metrics.json (facts about the
 * fit; evaluate-gate measures quality) into the output directory. Returns the files written.
 */
export async function runBuiltinTrainer(trainer: string, dataFile: string, target: string, params: TrainingParams, outputDir: string, logger: Logger): Promise<{ files: string[]; durationMs: number }> {
  return logger.group(`Training ${trainer} on ${dataFile}`, async () => {
    const started = performance.now();
    const table = await loadTable(dataFile);
    logger.info(`Loaded ${table.rowCount} rows × ${table.columns.length} columns in ${formatDuration(performance.now() - started)}.`);
    const fitStarted = performance.now();
    const result = trainBuiltin(trainer, table, target, params);
    const fitMs = performance.now() - fitStarted;
    logger.info(`Fitted a ${result.task} model on ${result.featureNames.length} features in ${formatDuration(fitMs)} (${Object.entries(result.details).map(([k, v]) => `${k}: ${v}`).join(', ')}).`);
    if (result.details.converged === false) logger.warning(`${trainer} did not converge within max_iter; raise max_iter or lower C.`);
    if (result.details.rankDeficient === true) logger.warning('Some features are collinear; the minimum-norm least-squares solution was taken.');
    await writeFileAtomic(join(outputDir, MODEL_FILE), result.model);
    await writeJsonAtomic(join(outputDir, METRICS_FILE), {
      trainer,
      task: result.task,
      rows: result.rowCount,
      features: result.featureNames,
      ...(result.classes ? { classes: result.classes } : {}),
      params: result.params,
      fit: result.details,
      fitSeconds: fitMs / 1000,
    });
    return { files: [METRICS_FILE, MODEL_FILE], durationMs: performance.now() - started };
  });
}
