import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { steps } from '../../shared/steps/registry.js';
import { repoRoot } from '../helpers/run-action.js';

interface ActionYml {
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const readAction = (rel: string) => parse(readFileSync(join(repoRoot, rel), 'utf8')) as ActionYml;

describe.each(steps.map((s) => [s.name, s] as const))('actions/%s/action.yml', (name, step) => {
  const action = readAction(join('actions', name, 'action.yml'));

  test('declares every input of the step with its default and documents it', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(step.inputs).sort());
    for (const [input, spec] of Object.entries(step.inputs)) {
      expect(action.inputs[input].description).toBe(spec.description);
      expect(action.inputs[input].required).toBe(Boolean(spec.required));
      expect(action.inputs[input].default).toBe(spec.default || undefined);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(step.outputs).sort());
  });

  test('runs its own bundle on node24', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe(`../../dist/${name}/index.mjs`);
    expect(() => readFileSync(join(repoRoot, 'actions', name, action.runs.main))).not.toThrow();
  });
});

test('the root action.yml runs any step by name and accepts every step input', () => {
  const umbrella = readAction('action.yml');
  expect(umbrella.runs).toEqual({ using: 'node24', main: 'dist/umbrella/index.mjs' });
  expect(umbrella.inputs.step.required).toBe(true);
  for (const step of steps) {
    expect(umbrella.inputs.step.description).toContain(step.name);
    for (const input of Object.keys(step.inputs)) expect(umbrella.inputs[input]).toBeDefined();
  }
});
