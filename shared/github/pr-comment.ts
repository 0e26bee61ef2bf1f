import type { GitHubApi } from './client.js';
import { callGitHub, explainGitHubError, OPERATIONS } from './client.js';
import { isCommentFor, mergeCommentBody, parseSections, type CommentRenderOptions, type CommentSection } from './comment-body.js';
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

export interface UpsertOptions extends CommentRenderOptions {
  /**
   * how long to wait before reading the comment back to check that our section survived; 1500 ms
   * by default (tests: 0). Jobs of one workflow update their sections of the same comment, and
   * GitHub has no conditional update: a job that read the comment just before another wrote it
   * can overwrite that job's section. Reading back after a pause and writing again repairs that.
   */
  settleMs?: number;
  /** read-back checks at most; 3 by default */
  checks?: number;
}

interface Written {
  result: CommentResult;
  body: string;
}

async function writeOnce(api: GitHubApi, target: CommentTarget, key: string, section: CommentSection, options: CommentRenderOptions): Promise<Written> {
  const { owner, repo } = target.repo;
  const [existing] = await findComments(api, target, key);
  if (existing) {
    const body = mergeCommentBody(existing.body ?? '', key, section, options);
    if (body === existing.body) return { body, result: { id: existing.id, url: existing.html_url, action: 'unchanged' } };
    const { data } = await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
    return { body, result: { id: data.id, url: data.html_url, action: 'updated' } };
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
    return { body: merged, result: { id: data.id, url: data.html_url, action: 'updated' } };
  }
  return { body, result: { id: created.id, url: created.html_url, action: 'created' } };
}

function sectionIn(body: string, id: string): string | undefined {
  return parseSections(body).find((s) => s.id === id)?.block;
}

/** Writes `section` into the pull request's comment for `key`, keeping the other sections. */
export async function upsertCommentSection(api: GitHubApi, target: CommentTarget, key: string, section: CommentSection, options: UpsertOptions = {}): Promise<CommentResult> {
  const { owner, repo } = target.repo;
  let written = await writeOnce(api, target, key, section, options);
  const ours = sectionIn(written.body, section.id);
  for (let check = 0; check < (options.checks ?? 3); check++) {
    await new Promise((r) => setTimeout(r, options.settleMs ?? 1500));
    let current: string;
    try {
      const { data } = await api.rest.issues.getComment({ owner, repo, comment_id: written.result.id });
      current = data.body ?? '';
    } catch (err) {
      // Deleted by a job that won the creation race: write again, into the surviving comment.
      if ((err as { status?: number }).status === 404) {
        written = await writeOnce(api, target, key, section, options);
        continue;
      }
      throw explainGitHubError(err, OPERATIONS.comment);
    }
    if (sectionIn(current, section.id) === ours) return written.result;
    const body = mergeCommentBody(current, key, section, options);
    await callGitHub(OPERATIONS.comment, () => api.rest.issues.updateComment({ owner, repo, comment_id: written.result.id, body }));
    written = { body, result: { ...written.result, action: 'updated' } };
  }
  return written.result;
}
