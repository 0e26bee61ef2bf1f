import type { BootstrapRecord } from '../evaluate/types.js';
import { formatCount } from './format.js';

/** "1000 resamples", and for little bootstraps how they were drawn, so a reader knows which method gave the intervals */
export function resamplesText({ resamples, method, subsets, subsetRows }: BootstrapRecord): string {
  if (method !== 'little-bootstraps') return `${resamples} resamples`;
  return `${resamples} resamples by little bootstraps (${subsets} disjoint random subsets of ${formatCount(subsetRows ?? 0)} rows, each resampled to the size of the whole set)`;
}
