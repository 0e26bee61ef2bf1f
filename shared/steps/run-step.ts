import { releasingOutputDirs } from '../fs/output-manifest.js';
import type { StepDefinition, StepHost, StepOutcome } from './types.js';

/**
 * Runs a step the way every host should: whatever happens, the output directories it claimed are
 * released when it ends, so a failed step leaves no lock behind for the next run in this process.
 */
export function runStep<I extends string, O extends string>(step: StepDefinition<I, O>, host: StepHost<I, O>): Promise<StepOutcome> {
  return releasingOutputDirs((claims) => {
    host.outputClaims = claims;
    return step.run(host);
  });
}
