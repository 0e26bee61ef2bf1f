import { deployStep } from '../deploy/step.js';
import { evaluateGateStep } from '../evaluate/step.js';
import { commentStep } from '../github/comment-step.js';
import { publishModelStep } from '../publish/step.js';
import { monitorStep } from '../monitor/step.js';
import { selectModelStep } from '../select/step.js';
import { serveStep } from '../serve/step.js';
import { trainModelStep } from '../train/step.js';
import { initStep } from '../init/init-step.js';
import { inferSchemaStep } from '../validate/infer-schema-step.js';
import { validateDataStep } from '../validate/step.js';
import type { StepDefinition } from './types.js';

const asStep = (s: unknown) => s as StepDefinition;

/** Every step the suite offers as an action and a CLI subcommand, by the name both carry. */
export const steps: StepDefinition[] = [validateDataStep, trainModelStep, evaluateGateStep, selectModelStep, commentStep, publishModelStep, deployStep, monitorStep].map(asStep);

/** Commands for people at a terminal only: no action of their own. */
export const cliOnlyCommands: StepDefinition[] = [inferSchemaStep, initStep, serveStep].map(asStep);

export function findStep(name: string): StepDefinition | undefined {
  return steps.find((s) => s.name === name);
}

export function findCommand(name: string): StepDefinition | undefined {
  return findStep(name) ?? cliOnlyCommands.find((s) => s.name === name);
}
