import type { StepDefinition } from './types.js';

const asStep = (s: unknown) => s as StepDefinition;

/**
 * Each command's definition by its name, loaded on its own: `mlci evaluate-gate` needs one
 * definition, and each definition is a chunk of its own in the bundles (with its own small
 * modules), so importing the whole registry (registry.ts) to find one costs a dozen module loads
 * at every start. The names match the registry's; a test holds the two lists equal.
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<StepDefinition>>> = {
  'validate-data': async () => asStep((await import('../validate/step.js')).validateDataStep),
  'train-model': async () => asStep((await import('../train/step.js')).trainModelStep),
  'evaluate-gate': async () => asStep((await import('../evaluate/step.js')).evaluateGateStep),
  'select-model': async () => asStep((await import('../select/step.js')).selectModelStep),
  comment: async () => asStep((await import('../github/comment-step.js')).commentStep),
  'publish-model': async () => asStep((await import('../publish/step.js')).publishModelStep),
  deploy: async () => asStep((await import('../deploy/step.js')).deployStep),
  monitor: async () => asStep((await import('../monitor/step.js')).monitorStep),
  'infer-schema': async () => asStep((await import('../validate/infer-schema-step.js')).inferSchemaStep),
  init: async () => asStep((await import('../init/init-step.js')).initStep),
  serve: async () => asStep((await import('../serve/step.js')).serveStep),
};

/** the definition of the step or CLI-only command `name`, undefined when there is none */
export function loadCommand(name: string): Promise<StepDefinition> | undefined {
  return Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name]!() : undefined;
}
