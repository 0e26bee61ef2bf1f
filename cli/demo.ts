import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStep } from '../shared/steps/registry.js';
import { runStep } from '../shared/steps/run-step.js';
import { createCliHost } from './host.js';
import type { StepHost } from '../shared/steps/types.js';

/** The repository root, found from this file whether it runs from cli/ or from the dist/ bundle. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'examples', 'demo'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('examples/demo not found above the mlci installation');
    dir = up;
  }
  return dir;
}

type DemoPaths = { example: string; out: string };

/** A stage that is more than one step's run (the deploy stage: a server, traffic, then deploy). */
interface CustomStage {
  title: string;
  run: (paths: DemoPaths, write: (text: string) => void) => Promise<boolean>;
}

interface DemoStage {
  step: string;
  title: string;
  inputs: (paths: { example: string; out: string }) => Record<string, string>;
  /** work before the step, with its host (the monitor stage's production traffic) */
  before?: (paths: { example: string; out: string }, host: StepHost) => Promise<void>;
  /** the step runs as if off GitHub */
  offline?: boolean;
}

/**
 * The bundled example, breast-cancer diagnosis from scikit-learn's public data: the evaluation data
 * is validated, a candidate is trained, it is evaluated against the model on "main" and gated by
 * the example's policy, the gated model is published to a registry folder under the output, and
 * deployed (cli/demo-deploy.ts): mlci serve follows production, the model goes out as a canary;
 * mlci serve answers the test rows from the registry while monitor reads its prediction log.
 */
const stages: (DemoStage | CustomStage)[] = [
  {
    step: 'validate-data',
    title: 'validate-data: the evaluation data against the schema, and drift against the training data',
    inputs: ({ example, out }) => ({
      data: join(example, 'data', 'breast_cancer_test.csv'),
      schema: join(example, '.mlci', 'schema.yml'),
      reference: join(example, 'data', 'breast_cancer_train.csv'),
      target: 'target',
      'output-dir': join(out, 'validate-data'),
    }),
  },
  {
    step: 'train-model',
    title: 'train-model: a logistic regression with the built-in trainer (no Python), skipped when nothing changed',
    inputs: ({ example, out }) => ({
      trainer: 'builtin:logistic-regression',
      data: join(example, 'data', 'breast_cancer_train.csv'),
      target: 'target',
      'output-dir': join(out, 'train-model'),
    }),
  },
  {
    step: 'evaluate-gate',
    title: 'evaluate-gate: the trained candidate vs the main-branch model',
    inputs: ({ example, out }) => ({
      model: join(out, 'train-model', 'model.onnx'),
      baseline: join(example, 'models', 'baseline.onnx'),
      data: join(example, 'data', 'breast_cancer_test.csv'),
      target: 'target',
      policy: join(example, '.mlci', 'gate.yml'),
      'output-dir': join(out, 'evaluate-gate'),
    }),
  },
  {
    step: 'publish-model',
    title: 'publish-model: the gated model as version of a local registry, with its card and provenance; champion moves to it',
    inputs: ({ example, out }) => ({
      // the copy evaluate-gate keeps is the exact file its verdict names
      model: join(out, 'evaluate-gate', 'model.onnx'),
      name: 'breast-cancer',
      registry: join(out, 'registry'),
      aliases: 'champion',
      verdict: join(out, 'evaluate-gate', 'verdict.json'),
      metrics: join(out, 'evaluate-gate', 'metrics.json'),
      lineage: join(out, 'train-model', 'lineage.json'),
      statistics: join(out, 'validate-data', 'statistics.json'),
      card: join(example, '.mlci', 'model-card.yml'),
      reason: 'mlci demo: the gate passed',
      'output-dir': join(out, 'publish-model'),
    }),
  },
  {
    title: 'deploy: mlci serve follows breast-cancer@production; the gated model takes traffic as a canary (50%, then 100%) and is promoted',
    run: async (paths, write) => (await import('./demo-deploy.js')).runDeployStage(paths, write),
  },
  {
    step: 'monitor',
    offline: true,
    title: 'monitor: mlci serve answers the test rows from the registry\'s champion; one pass over its prediction log, with the labels',
    async before({ example, out }, host) {
      const { serveDemoTraffic } = await import('./demo-traffic.js');
      const sent = await serveDemoTraffic(
        { registry: join(out, 'registry'), model: 'breast-cancer@champion', name: 'breast-cancer', data: join(example, 'data', 'breast_cancer_test.csv'), target: 'target', logDir: join(out, 'serve-log'), labelsFile: join(out, 'serve-labels.csv') },
        host,
      );
      process.stdout.write(`  mlci serve answered ${sent.requests} requests (${sent.rows} rows); its log is in ${join(out, 'serve-log')}\n\n`);
    },
    inputs: ({ out }) => ({
      logs: join(out, 'serve-log'),
      reference: 'breast-cancer@champion',
      registry: join(out, 'registry'),
      target: 'target',
      labels: join(out, 'serve-labels.csv'),
      model: 'breast-cancer',
      'output-dir': join(out, 'monitor'),
    }),
  },
];

export async function runDemo(argv: string[]): Promise<number> {
  // relative paths keep the report readable; they resolve from the current directory
  const example = relative(process.cwd(), join(repoRoot(), 'examples', 'demo')) || '.';
  const outFlag = argv.indexOf('--output-dir');
  const out = resolve(outFlag >= 0 ? argv[outFlag + 1] : 'mlci-output/demo');
  process.stdout.write(`mlci demo: the pipeline on ${example}\nresults go to ${out}\n\n`);
  let failed = false;
  for (const stage of stages) {
    process.stdout.write(`\n━━ ${stage.title}\n\n`);
    if ('run' in stage) {
      if (await stage.run({ example, out }, (text) => process.stdout.write(text))) continue;
      failed = true;
      break;
    }
    const step = findStep(stage.step)!;
    const { host, outputs } = createCliHost(step, stage.inputs({ example, out }));
    // the demo's monitor opens no issue, even when the demo runs inside a workflow
    if (stage.offline) host.env = { ...host.env, GITHUB_EVENT_NAME: undefined, GITHUB_REPOSITORY: undefined };
    // the stage's temp dir (downloads, the monitor stage's server models) goes when the stage ends
    const outcome = await (async () => {
      await stage.before?.({ example, out }, host);
      return runStep(step, host);
    })().finally(() => rm(host.tempDir, { recursive: true, force: true }));
    for (const [name, value] of Object.entries(outputs)) process.stdout.write(`  ${name}=${value}\n`);
    if (outcome.failure) {
      process.stdout.write(`\n✖ ${stage.step} failed: ${outcome.failure}\n`);
      failed = true;
      break;
    }
  }
  process.stdout.write(failed ? '\nThe demo pipeline stopped at a failed gate.\n' : `\n✔ The demo pipeline passed every gate.\n  Look at the registry: mlci registry versions breast-cancer --registry ${join(out, 'registry')}\n`);
  return failed ? 1 : 0;
}
