import { brierSum, calibrationError, calibrationGaps, CALIBRATION_BINS, logLossSum } from './probability.js';
import type { ClassIndices, MetricValues } from './types.js';

/**
 * The unweighted probability metrics (log_loss, brier for two classes, ece) added up batch by
 * batch while a stream goes, so that little is left to compute once its last batch is in: the
 * same per-row terms (logLossSum, brierSum, calibrationGaps: the very functions logLoss, brier and
 * expectedCalibrationError add with) in the same row order, so each figure is the same double the
 * whole-array function gives. Weighted calls (slices, the bootstrap) still take the whole arrays.
 *
 * Why: evaluate-gate's main thread waits for the reading thread during the stream and computed
 * these after it, on the critical path, with the other core idle.
 */
export class StreamingProbabilityFigures {
  private logLoss = 0;
  private brier = 0;
  private readonly binGap = new Float64Array(CALIBRATION_BINS);
  private rows = 0;

  constructor(private readonly classCount: number) {}

  /**
   * The next rows: `proba` their probabilities, `width` columns a row (1: a binary model's
   * P(class 1) alone, see storedColumns), `yTrue` their class indices.
   */
  add(proba: Float32Array | Float64Array, width: number, yTrue: ClassIndices): void {
    this.logLoss = logLossSum(proba, width, yTrue, this.logLoss);
    if (this.classCount === 2) this.brier = brierSum(proba, width, yTrue, this.brier);
    calibrationGaps(proba, width, yTrue, this.classCount, this.binGap);
    this.rows += yTrue.length;
  }

  /** what logLoss, brier (two classes) and expectedCalibrationError give without weights over every row added */
  figures(): MetricValues {
    const n = this.rows;
    return {
      log_loss: n > 0 ? this.logLoss / n : NaN,
      ...(this.classCount === 2 ? { brier: n > 0 ? this.brier / n : NaN } : {}),
      ece: calibrationError(this.binGap, n),
    };
  }
}
