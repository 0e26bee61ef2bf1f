import { monitorStep } from '../../shared/monitor/step.js';
import { runStepOnRunner } from '../../shared/github/runner-host.js';

await runStepOnRunner(monitorStep);
