import { UserError } from '../errors.js';
import { callGitHub, type GitHubApi, type GitHubOperation } from './client.js';
import type { RepoRef } from './context.js';

const WORKFLOW_DISPATCH: GitHubOperation = { doing: 'dispatch the retraining workflow', permission: 'actions: write' };
const REPOSITORY_DISPATCH: GitHubOperation = { doing: 'send the retraining repository_dispatch event', permission: 'contents: write' };

/** a workflow file (train.yml) for workflow_dispatch, or repository_dispatch:EVENT */
export type RetrainTarget = { kind: 'workflow'; workflow: string } | { kind: 'event'; eventType: string };

export function parseRetrainTarget(text: string): RetrainTarget {
  const value = text.trim();
  const event = /^repository_dispatch:([A-Za-z0-9_.-]{1,100})$/.exec(value);
  if (event) return { kind: 'event', eventType: event[1]! };
  if (/^[\w.-]+\.ya?ml$/.test(value) || /^\d+$/.test(value)) return { kind: 'workflow', workflow: value };
  throw new UserError(
    `retrain-workflow is "${value}", which is neither a workflow file nor repository_dispatch:EVENT.`,
    'input retrain-workflow',
    'Name the training workflow\'s file in .github/workflows (train.yml), or write repository_dispatch:retrain to send that event.',
  );
}

export interface RetrainRequest {
  /** the branch or tag the workflow runs on */
  ref: string;
  reason: string;
  window: string;
  model: string;
  /** what data to retrain on (a path, a glob or an artifact) */
  data: string;
}

/**
 * Starts retraining: workflow_dispatch with the inputs reason, window, model and data (the
 * workflow must declare them), asking GitHub for the run's URL; or a repository_dispatch event
 * carrying the same fields. Returns the run's URL when GitHub gives one.
 */
export async function dispatchRetraining(api: GitHubApi, repo: RepoRef, target: RetrainTarget, request: RetrainRequest): Promise<{ url: string | null }> {
  const fields = { reason: request.reason.slice(0, 1000), window: request.window, model: request.model, data: request.data };
  if (target.kind === 'event') {
    await callGitHub(REPOSITORY_DISPATCH, () => api.rest.repos.createDispatchEvent({ ...repo, event_type: target.eventType, client_payload: fields }));
    return { url: null };
  }
  const response = await callGitHub(WORKFLOW_DISPATCH, () =>
    api.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, workflow_id: target.workflow, ref: request.ref, inputs: fields, return_run_details: true }).catch((err: { status?: number; message?: string }) => {
      if (err?.status !== 422) throw err;
      throw new UserError(
        `GitHub refused to dispatch ${target.workflow}: ${err.message ?? 'validation failed'}.`,
        'input retrain-workflow',
        `Give ${target.workflow} a workflow_dispatch trigger declaring the string inputs reason, window, model and data (see docs/monitor.md), and check that the ref ${request.ref} exists.`,
      );
    }),
  );
  const data = response.data as { html_url?: string } | undefined;
  return { url: typeof data?.html_url === 'string' ? data.html_url : null };
}
