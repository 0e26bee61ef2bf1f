import type { GitHubApi } from './client.js';
import { callGitHub, OPERATIONS } from './client.js';
import { isCommentFor, mergeCommentBody, type CommentRenderOptions, type CommentSection } from './comment-body.js';
import type { RepoRef } from './context.js';

/**
 * Keeps exactly one mlci comment per pull request and key: found again by its marker (on the pull
 * request, so it survives rebases and force pushes), updated in place, created only when absent.
 */

export interface CommentTarget {
  repo: RepoRef;
  /** pull request number (pull requests are issues for the comments API) */
  issueNumber: number;
}

export interface CommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface ExistingComment {
  id: number;
  body?: string | null;
  html_url: string;
}

async function findComments(api: GitHubApi, target: CommentTarget, key: string): Promise<ExistingComment[]> {
  const all = await callGitHub(OPERATIONS.comment, () =>
    api.paginate(api.rest.issues.listComments, { owner: target.repo.owner, repo: target.repo.repo, issue_number: target.issueNumber, per_page: 100 }),
  );
  return all.filter((c) => isCommentFor(c.body, key)).sort((a, b) => a.id - b.id);
}

/** Writes `section` into the pull request's comment for `key`, keeping the other sections. */
export async function upsertCommentSection(api: GitHubApi, target: CommentTarget, key: string, section: CommentSection, options: CommentRenderOptions = {}): Promise<CommentResult> {
  const { owner, repo } = target.repo;
  const [existing] = await findComments(api, target, key);
  if (existing) {
    const body = mergeCommentBody(existing.body ?? '', key, section, options);
    if (body === existing.body) return { id: existing.id, url: existing.html_url, action: 'unchanged' };
    const { data } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
    return { id: data.id, url: data.html_url, action: 'updated' };
  }
  const body = mergeCommentBody(undefined, key, section, options);
  const { data: created } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body }));
  // Two jobs of one workflow (say data validation and evaluation) may both have found no comment
  // and both created one. The oldest wins: move our section into it and remove ours.
  const [oldest] = await findComments(api, target, key);
  if (oldest && oldest.id < created.id) {
    const merged = mergeCommentBody(oldest.body ?? '', key, section, options);
    const { data } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body: merged }));
    await callGitHub(OPERATIONS.comment, () => api.rest.issues.deleteComment({ owner, repo, comment_id: created.id }));
    return { id: data.id, url: data.html_url, action: 'updated' };
  }
  return { id: created.id, url: created.html_url, action: 'created' };
}
