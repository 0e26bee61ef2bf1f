import { renderActionDocument } from './action-yml.js';
import type { InputSpec, OutputSpec, StepDefinition } from './types.js';

export const UMBRELLA_STEP_INPUT = 'step';

/**
 * The root action.yml: one action that runs any step by name (`step: evaluate-gate`), so the whole
 * suite is one Marketplace listing. Its inputs are the union of every step's; defaults stay with
 * each step (they differ between steps), which the runner host applies when an input is empty.
 */
export function renderUmbrellaActionYml(steps: StepDefinition[], main: string): string {
  const inputs: Record<string, InputSpec> = {
    [UMBRELLA_STEP_INPUT]: { description: `Which step to run: ${steps.map((s) => s.name).join(', ')}.`, required: true },
  };
  const outputs: Record<string, OutputSpec> = {};
  for (const step of steps) {
    for (const [name, spec] of Object.entries(step.inputs)) {
      const usedBy = steps.filter((s) => name in s.inputs).map((s) => s.name);
      inputs[name] ??= { description: `${spec.description} (${usedBy.join(', ')})` };
    }
    for (const [name, spec] of Object.entries(step.outputs)) outputs[name] ??= { description: spec.description };
  }
  return renderActionDocument(
    { name: 'mlci', description: 'CI/CD for ML models: validate data, train, gate merges on model quality, publish and deploy ONNX models.' },
    inputs,
    outputs,
    main,
  );
}
