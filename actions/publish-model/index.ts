import { publishModelStep } from '../../shared/publish/step.js';
import { runStepOnRunner } from '../../shared/github/runner-host.js';

await runStepOnRunner(publishModelStep);
