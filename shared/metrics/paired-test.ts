import type { MetricDelta, PairedTest } from './types.js';

/** Writes a paired test's outcome onto a delta (replacing any earlier test's). */
export function attachPairedTest(delta: MetricDelta, test: PairedTest): MetricDelta {
  delta.pValue = test.pValue;
  delta.pValueDown = test.pValueDown;
  delta.pValueUp = test.pValueUp;
  delta.test = test.method;
  delete delta.discordant;
  delete delta.standardError;
  if (test.discordant) delta.discordant = test.discordant;
  if (test.standardError !== undefined && Number.isFinite(test.standardError)) delta.standardError = test.standardError;
  return delta;
}
