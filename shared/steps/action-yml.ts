import { stringify } from 'yaml';
import type { StepDefinition } from './types.js';

export const NODE_RUNTIME = 'node24';

/**
 * Renders an action.yml from a step definition, so the action's inputs, the CLI's flags and the
 * defaults both apply are written once. `npm run actions` rewrites the files; a test checks them.
 */
export function renderActionYml(step: StepDefinition, main: string, extra?: { name?: string; inputs?: Record<string, { description: string; required?: boolean; default?: string }> }): string {
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {};
  for (const [name, spec] of Object.entries({ ...(extra?.inputs ?? {}), ...step.inputs })) {
    inputs[name] = { description: spec.description, required: Boolean(spec.required), ...(spec.default ? { default: spec.default } : {}) };
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, spec] of Object.entries(step.outputs)) outputs[name] = { description: spec.description };
  const doc = {
    name: extra?.name ?? `mlci ${step.name}`,
    description: step.description,
    author: 'mlci',
    branding: { icon: 'check-circle', color: 'green' },
    inputs,
    outputs,
    runs: { using: NODE_RUNTIME, main },
  };
  return `# Generated from the step definition by \`npm run actions\`; edit the definition, not this file.\n${stringify(doc, { lineWidth: 0 })}`;
}
