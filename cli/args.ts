import { UserError } from '../shared/errors.js';
import type { StepDefinition } from '../shared/steps/types.js';

/**
 * Reads `--name value` and `--name=value` flags named exactly as the step's action inputs, so a
 * workflow's `with:` block and a terminal command read the same.
 */
export function parseStepFlags(step: StepDefinition, argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      throw new UserError(`Unexpected argument "${arg}" for mlci ${step.name}.`, 'command line', `Pass inputs as --name value; see mlci help ${step.name}.`);
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!(name in step.inputs)) {
      throw new UserError(`mlci ${step.name} has no input "${name}".`, 'command line', `Inputs are: ${Object.keys(step.inputs).map((n) => `--${n}`).join(', ')}.`);
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    else value = 'true';
    if (values[name] !== undefined && !step.inputs[name]!.list) {
      throw new UserError(`--${name} is given twice ("${values[name]}" and "${value}"), and it takes one value.`, 'command line', `Pass --${name} once; see mlci help ${step.name}.`);
    }
    values[name] = values[name] ? `${values[name]}\n${value}` : value;
  }
  for (const [name, spec] of Object.entries(step.inputs)) {
    if (spec.required && !values[name]) {
      throw new UserError(`mlci ${step.name} needs --${name}.`, 'command line', `${spec.description}`);
    }
  }
  return values;
}

export function stepHelp(step: StepDefinition): string {
  const lines = [`mlci ${step.name}: ${step.description}`, '', 'Inputs:'];
  for (const [name, spec] of Object.entries(step.inputs)) {
    const extra = [spec.required ? 'required' : '', spec.default ? `default: ${spec.default}` : ''].filter(Boolean).join(', ');
    lines.push(`  --${name}${extra ? ` (${extra})` : ''}`, `      ${spec.description}`);
  }
  lines.push('', 'Outputs (printed as name=value):');
  for (const [name, spec] of Object.entries(step.outputs)) lines.push(`  ${name}: ${spec.description}`);
  return lines.join('\n');
}
