import { evaluateGateStep } from '../../shared/evaluate/step.js';
import { runStepOnRunner } from '../../shared/github/runner-host.js';

await runStepOnRunner(evaluateGateStep);
