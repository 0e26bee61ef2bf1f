import { evaluateGateStep } from '../evaluate/step.js';
import { commentStep } from '../github/comment-step.js';
import type { StepDefinition } from './types.js';

/** Every step the suite offers, by the name its action and CLI subcommand carry. */
export const steps: StepDefinition[] = [evaluateGateStep, commentStep].map((s) => s as unknown as StepDefinition);

export function findStep(name: string): StepDefinition | undefined {
  return steps.find((s) => s.name === name);
}
