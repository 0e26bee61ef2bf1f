import { callGitHub, type GitHubApi, type GitHubOperation } from './client.js';
import type { IssueAction } from '../monitor/decide.js';
import { issueMarker, issueTitle, MONITOR_LABEL } from '../monitor/issue-body.js';
import type { RepoRef } from './context.js';

export type { RepoRef };

const READ_ISSUES: GitHubOperation = { doing: 'list the monitor issues', permission: 'issues: read' };
const WRITE_ISSUES: GitHubOperation = { doing: 'open, update or close the monitor issue', permission: 'issues: write' };

export interface MonitorIssue {
  number: number;
  open: boolean;
  body: string;
  url: string;
}

/**
 * The model's monitor issue: among the issues labelled mlci/monitor (open or closed, through the
 * issues list, which is consistent at once where the search API lags), the one whose body holds
 * the model's hidden marker; an open one first, then the newest.
 */
export async function findMonitorIssue(api: GitHubApi, repo: RepoRef, model: string): Promise<MonitorIssue | null> {
  const marker = issueMarker(model);
  const issues = await callGitHub(READ_ISSUES, () =>
    api.paginate(api.rest.issues.listForRepo, { ...repo, labels: MONITOR_LABEL, state: 'all', per_page: 100, sort: 'created', direction: 'desc' }),
  );
  const ours = issues.filter((i) => !i.pull_request && (i.body ?? '').includes(marker));
  const found = ours.find((i) => i.state === 'open') ?? ours[0];
  return found ? { number: found.number, open: found.state === 'open', body: found.body ?? '', url: found.html_url } : null;
}

/** Does what the decision says to the issue; returns its number and URL (null when there is none). */
export async function applyIssueAction(api: GitHubApi, repo: RepoRef, existing: MonitorIssue | null, action: IssueAction, model: string, body: string): Promise<{ number: number; url: string } | null> {
  const comment = (number: number, text: string) => callGitHub(WRITE_ISSUES, () => api.rest.issues.createComment({ ...repo, issue_number: number, body: text }));
  switch (action.kind) {
    case 'none':
      return existing ? { number: existing.number, url: existing.url } : null;
    case 'open': {
      const { data } = await callGitHub(WRITE_ISSUES, () => api.rest.issues.create({ ...repo, title: issueTitle(model), body, labels: [MONITOR_LABEL] }));
      return { number: data.number, url: data.html_url };
    }
    case 'reopen':
    case 'update':
    case 'close': {
      const issue = existing!;
      if (action.kind === 'close') await comment(issue.number, action.comment);
      await callGitHub(WRITE_ISSUES, () =>
        api.rest.issues.update({ ...repo, issue_number: issue.number, body, ...(action.kind === 'reopen' ? { state: 'open' as const } : action.kind === 'close' ? { state: 'closed' as const, state_reason: 'completed' as const } : {}) }),
      );
      if (action.kind !== 'close' && action.comment) await comment(issue.number, action.comment);
      return { number: issue.number, url: issue.url };
    }
  }
}
