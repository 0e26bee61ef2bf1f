import { runStepOnRunner } from '../../shared/github/runner-host.js';
import { validateDataStep } from '../../shared/validate/step.js';

await runStepOnRunner(validateDataStep);
