import { commentStep } from '../../shared/github/comment-step.js';
import { runStepOnRunner } from '../../shared/github/runner-host.js';

await runStepOnRunner(commentStep);
