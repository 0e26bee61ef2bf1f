import { runStepOnRunner } from '../../shared/github/runner-host.js';
import { selectModelStep } from '../../shared/select/step.js';

await runStepOnRunner(selectModelStep);
