import { stringify } from 'yaml';
import type { InputSpec, OutputSpec, StepDefinition } from './types.js';

export const NODE_RUNTIME = 'node24';

const GENERATED = '# Generated from the step definitions by `npm run actions`; edit the definitions, not this file.\n';

/** The YAML of an action.yml: what every action of the suite shares, and its own inputs and outputs. */
export function renderActionDocument(meta: { name: string; description: string }, inputs: Record<string, InputSpec>, outputs: Record<string, OutputSpec>, main: string): string {
  const doc = {
    name: meta.name,
    description: meta.description,
    author: 'mlci',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, spec]) => [name, { description: spec.description, required: Boolean(spec.required), ...(spec.default ? { default: spec.default } : {}) }]),
    ),
    outputs: Object.fromEntries(Object.entries(outputs).map(([name, spec]) => [name, { description: spec.description }])),
    runs: { using: NODE_RUNTIME, main },
  };
  return `${GENERATED}${stringify(doc, { lineWidth: 0 })}`;
}

/**
 * Renders an action.yml from a step definition, so the action's inputs, the CLI's flags and the
 * defaults both apply are written once. `npm run actions` rewrites the files; a test checks them.
 */
export function renderActionYml(step: StepDefinition, main: string): string {
  return renderActionDocument({ name: `mlci ${step.name}`, description: step.description }, step.inputs, step.outputs, main);
}
