#!/usr/bin/env node
import { rm } from 'node:fs/promises';
import { isUserError } from '../shared/errors.js';
import { loadCommand } from '../shared/steps/command-loaders.js';
import { parseStepFlags, stepHelp } from './args.js';

/** the usage text, with every command's description: the whole registry loads for it */
async function usage(): Promise<string> {
  const { cliOnlyCommands, steps } = await import('../shared/steps/registry.js');
  return `mlci: CI/CD for ML models, on your laptop with the same code as the GitHub Actions.

Usage:
  mlci <step> [--input value ...]   run one step; inputs are the action's input names
  mlci demo                          run the pipeline on the bundled example
  mlci registry <sub-command>        list, versions, show, history, promote, rollback, pull, verify
  mlci help [step]                   this text, or a step's inputs and outputs
  mlci --version                     the version of mlci

Steps:
${[...steps, ...cliOnlyCommands].map((s) => `  ${s.name.padEnd(16)} ${s.description}`).join('\n')}
`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    if (rest[0] === 'registry') return (await import('./registry.js')).runRegistryCommand(['--help']);
    const step = rest[0] ? await loadCommand(rest[0]) : undefined;
    process.stdout.write(step ? `${stepHelp(step)}\n` : await usage());
    return 0;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    const { MLCI_VERSION } = await import('../shared/train/tool-versions.js');
    process.stdout.write(`mlci ${MLCI_VERSION}\n`);
    return 0;
  }
  // The host and the demo load only when used: `mlci help` must start in a blink.
  if (command === 'demo') return (await import('./demo.js')).runDemo(rest);
  if (command === 'registry') return (await import('./registry.js')).runRegistryCommand(rest);
  // only this command's definition loads, not every step's
  const step = await loadCommand(command);
  if (!step) {
    process.stderr.write(`mlci: unknown command "${command}".\n\n${await usage()}`);
    return 2;
  }
  if (rest.includes('--help')) {
    process.stdout.write(`${stepHelp(step)}\n`);
    return 0;
  }
  const { createCliHost } = await import('./host.js');
  const { runStep } = await import('../shared/steps/run-step.js');
  const { host, outputs } = createCliHost(step, parseStepFlags(step, rest));
  // this process runs this one step
  host.ownsProcess = true;
  // the temp dir holds downloaded artifacts and scratch files: gone when the run ends, however it ends
  const outcome = await runStep(step, host).finally(() => rm(host.tempDir, { recursive: true, force: true }));
  for (const [name, value] of Object.entries(outputs)) process.stdout.write(`${name}=${value}\n`);
  if (outcome.failure) {
    process.stderr.write(`\n✖ ${outcome.failure}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isUserError(err)) {
      process.stderr.write(`✖ ${err.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`mlci failed unexpectedly (a bug in mlci, please report it):\n${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 70;
    }
  },
);
