import { deployStep } from '../../shared/deploy/step.js';
import { runStepOnRunner } from '../../shared/github/runner-host.js';

await runStepOnRunner(deployStep);
