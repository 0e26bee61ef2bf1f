import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findStep } from '../../shared/steps/registry.js';
import { repoRoot } from '../helpers/run-action.js';

// Every mlci step used in the example workflows (and our docs' workflows) passes only inputs the
// step declares: a renamed input cannot leave a broken example behind.

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
}

const dir = join(repoRoot, '.github', 'workflows', 'examples');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));

function mlciUses(file: string): { stepName: string; inputs: string[] }[] {
  const doc = parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps?: WorkflowStep[] }> };
  const found: { stepName: string; inputs: string[] }[] = [];
  for (const job of Object.values(doc.jobs)) {
    for (const step of job.steps ?? []) {
      const m = /^[\w.-]+\/mlci(?:\/actions\/([\w-]+))?@/.exec(step.uses ?? '');
      if (!m) continue;
      const inputs = Object.keys(step.with ?? {});
      if (m[1]) found.push({ stepName: m[1], inputs });
      else found.push({ stepName: String(step.with?.step), inputs: inputs.filter((i) => i !== 'step') });
    }
  }
  return found;
}

test('the examples use mlci', () => {
  expect(workflows.flatMap(mlciUses).length).toBeGreaterThan(0);
});

test.each(workflows)('%s passes only inputs that its mlci steps declare', (file) => {
  for (const use of mlciUses(file)) {
    const step = findStep(use.stepName);
    expect(step?.name).toBe(use.stepName);
    const unknown = use.inputs.filter((input) => !(input in step!.inputs));
    expect({ step: use.stepName, unknown }).toEqual({ step: use.stepName, unknown: [] });
  }
});
