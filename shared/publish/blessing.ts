// The TFX Pusher rule: only a model the gate blessed is published, and only the exact file it
// blessed. A verdict passes when the gate passed, or when a maintainer overrode it by label (then
// evaluate-gate's verdict says overridden, and metrics.json says by whom and why).
import { UserError } from '../errors.js';
import type { VerdictFile } from '../evaluate/verdict-file.js';
import type { GateVerdict } from '../evaluate/types.js';

export interface Blessing {
  status: 'passed' | 'overridden' | 'ungated' | 'no-verdict';
  /** one sentence for the log and the report */
  message: string;
}

export function checkBlessing(verdict: VerdictFile | undefined, modelSha256: string, where: string, gate?: GateVerdict): Blessing {
  if (!verdict) return { status: 'no-verdict', message: 'No verdict was given: the model is published without a gate decision.' };
  if (verdict.schema !== 'mlci/verdict@1' || typeof verdict.passed !== 'boolean' || typeof verdict.modelSha256 !== 'string') {
    throw new UserError('The verdict file is not an mlci/verdict@1 document.', where, "Pass evaluate-gate's verdict.json (its verdict-file output).");
  }
  const hex = modelSha256.replace(/^sha256:/, '');
  if (verdict.modelSha256 !== hex) {
    throw new UserError(
      `The verdict is about another model (sha256 ${verdict.modelSha256}); this file's sha256 is ${hex}.`,
      where,
      'Publish the exact model.onnx that evaluate-gate judged (its output-dir keeps a copy), or evaluate this model first.',
    );
  }
  if (!verdict.passed) {
    const rules = verdict.failedRules?.length ? ` (failed: ${verdict.failedRules.join('; ')})` : '';
    throw new UserError(
      `The gate failed for this model${rules}; a failed model is not published.`,
      where,
      'Fix the model, or have a maintainer override the gate on the pull request (the override label), then evaluate again.',
    );
  }
  if (verdict.overridden) {
    const who = gate?.override ? ` by ${gate.override.by}: "${gate.override.reason}"` : '';
    return { status: 'overridden', message: `The gate failed but was overridden${who}; publishing as overridden.` };
  }
  if (!verdict.gated) return { status: 'ungated', message: 'The verdict gated nothing (no policy); publishing without a quality gate.' };
  return { status: 'passed', message: 'The gate passed for exactly this file.' };
}
