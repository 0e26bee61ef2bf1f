/** Names train-model's inputs mention in their descriptions, kept apart from the trainers' code so that `mlci help` loads none of it. */
export const BUILTIN_TRAINERS = ['builtin:logistic-regression', 'builtin:linear-regression', 'builtin:gradient-boosted-trees'] as const;
export type BuiltinTrainerName = (typeof BUILTIN_TRAINERS)[number];

/** what a training command's outputs are looked for as, when the outputs input is empty */
export const DEFAULT_OUTPUTS = ['model.onnx', 'metrics.json', 'plots/**'];
