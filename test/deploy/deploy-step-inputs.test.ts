import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createCliHost } from '../../cli/host.js';
import { deployStep } from '../../shared/deploy/step.js';
import { isUserError } from '../../shared/errors.js';
import type { StepDefinition } from '../../shared/steps/types.js';

const quiet = () => new Writable({ write: (_c, _e, done) => done() });

async function refusal(inputs: Record<string, string>): Promise<{ what: string; where?: string }> {
  const { host } = createCliHost(deployStep as unknown as StepDefinition, { environment: 'production', model: 'demo:v2', 'output-dir': mkdtempSync(join(tmpdir(), 'mlci-deploy-')), ...inputs }, { out: quiet(), err: quiet() });
  try {
    await deployStep.run(host as never);
  } catch (err) {
    if (isUserError(err)) return { what: err.what, ...(err.where ? { where: err.where } : {}) };
    throw err;
  }
  throw new Error('the step ran');
}

describe('deploy refuses bad inputs before touching the registry or a server', () => {
  test.each([
    [{ strategy: 'blue-green' }, 'input strategy', 'Input "strategy" must be one of direct, canary, shadow, got "blue-green".'],
    [{ target: 'lambda' }, 'input target', 'Input "target" must be serve or kserve, got "lambda".'],
    [{ steps: '50, 10' }, 'input steps', 'Input "steps" is not a list of canary weights: the weights must rise, but 10 follows 50.'],
    [{ interval: '0' }, 'input interval', 'Input "interval" must be a number ≥ 0.01, got "0".'],
    [{ 'server-url': 'localhost:8080' }, 'input server-url', 'server-url "localhost:8080" is not an http(s) URL.'],
    [{ kubeconfig: '/home/me/.kube/config', target: 'kserve' }, 'input kubeconfig', 'Applying to a cluster (kubeconfig) is not built yet.'],
    [{ 'prometheus-url': 'prometheus:9090' }, 'input prometheus-url', 'prometheus-url "prometheus:9090" is not an http(s) URL.'],
    [{ 'prometheus-url': 'http://127.0.0.1:9090', 'prometheus-role-label': 'kserve-revision' }, 'input prometheus-role-label', 'Input "prometheus-role-label" is not a Prometheus label name: "kserve-revision".'],
    [{ 'kserve-mode': 'Knative' }, 'input kserve-mode', 'Input "kserve-mode" must be Serverless or RawDeployment, got "Knative".'],
  ])('%o', async (inputs, where, what) => {
    expect(await refusal(inputs)).toEqual({ what, where });
  });

  test('a rollout policy with a mistake is reported at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlci-policy-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'rollout.yml'), 'max_error_rate: 0.01\nlatency_p95:\n  max_ms: -3\n');
    const err = await refusal({ policy: join(dir, 'rollout.yml') });
    expect(err.where).toBe(`${join(dir, 'rollout.yml')}:3`);
  });
});
