import * as core from '@actions/core';
import { runStepOnRunner } from '../github/runner-host.js';
import { findStep, steps } from './registry.js';
import { UMBRELLA_STEP_INPUT } from './umbrella.js';

const name = core.getInput(UMBRELLA_STEP_INPUT).trim();
const step = findStep(name);
if (step) {
  await runStepOnRunner(step);
} else {
  core.setFailed(`Unknown step "${name}". Set ${UMBRELLA_STEP_INPUT} to one of: ${steps.map((s) => s.name).join(', ')}.`);
}
