import type { EvaluationResult } from './types.js';

export const VERDICT_FILE = 'verdict.json';

/**
 * The gate's decision in a few fields, so that a deploy step can refuse a model that did not pass
 * without parsing the whole metrics file; tied to the exact model and data by their digests.
 */
export interface VerdictFile {
  schema: 'mlci/verdict@1';
  passed: boolean;
  gated: boolean;
  overridden: boolean;
  modelSha256: string;
  dataSha256: string;
  policy: string | null;
  failedRules: string[];
  createdAt: string;
}

export function buildVerdictFile(result: EvaluationResult): VerdictFile {
  return {
    schema: 'mlci/verdict@1',
    passed: result.gate.passed,
    gated: result.gate.gated,
    overridden: Boolean(result.gate.override),
    modelSha256: result.model.sha256,
    dataSha256: result.data.sha256,
    policy: result.gate.policy,
    failedRules: result.gate.rules.filter((r) => !r.passed).map((r) => r.id),
    createdAt: new Date().toISOString(),
  };
}
