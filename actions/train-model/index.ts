import { runStepOnRunner } from '../../shared/github/runner-host.js';
import { trainModelStep } from '../../shared/train/step.js';

await runStepOnRunner(trainModelStep);
