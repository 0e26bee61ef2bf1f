import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { writeOutputManifest } from '../fs/output-manifest.js';
import { publishOutputDir } from '../steps/artifact-inputs.js';
import type { GateVerdict } from '../evaluate/types.js';
import type { StepHost } from '../steps/types.js';
import type { CheckAnnotation } from './check-run.js';
import type { GitHubApi, GitHubClientOptions } from './client.js';
import { commentKey, type CommentSection } from './comment-body.js';
import { artifactUrl, readGitHubContext, type GitHubContext } from './context.js';
import type { PublishOutcome } from './publish-results.js';
import type { GitHubStepInput } from './step-inputs.js';

/**
 * What a step needs to publish to GitHub, in the step's own terms: its inputs, its host, its
 * verdict. A step adds GITHUB_STEP_INPUTS to its inputs and calls, in order:
 * openGitHubSession → overrideFromLabel (before rendering the report) → publishStepResult (after
 * writing the report, before writing manifest.json, so that a handoff file is in the manifest).
 */

export { GITHUB_STEP_INPUTS, type GitHubStepInput } from './step-inputs.js';
type Host = StepHost<GitHubStepInput | 'output-dir' | (string & {}), string>;

export interface GitHubSession {
  context: GitHubContext;
  /** undefined without a token: writes are skipped with a notice */
  api: GitHubApi | undefined;
  /** the token, for @actions/artifact downloads of other runs */
  token: string;
  commentSettleMs?: number;
}

export type CommentMode = 'true' | 'false' | 'handoff';

export function parseCommentMode(raw: string): CommentMode {
  const value = raw.trim().toLowerCase() || 'true';
  if (value === 'true' || value === 'false' || value === 'handoff') return value;
  throw new UserError(`Input "comment" must be true, false or handoff, got "${raw}".`, 'input comment', 'Use handoff in a workflow for fork pull requests (see docs/github.md), true otherwise.');
}

/** The GitHub side of the step, or undefined off GitHub (no GITHUB_EVENT_NAME: the CLI on a laptop). */
/** Settings a caller may pass through: the adapter's maskSecret; tests' pacing and waits. */
export type GitHubClientTuning = Pick<GitHubClientOptions, 'maskSecret' | 'pacing' | 'secondMs'> & { commentSettleMs?: number };

export async function openGitHubSession(host: Host, client: GitHubClientTuning = {}): Promise<GitHubSession | undefined> {
  if (!host.env.GITHUB_EVENT_NAME || !host.env.GITHUB_REPOSITORY) return undefined;
  const context = await readGitHubContext(host.env);
  const token = host.input('github-token').trim() || host.env.GITHUB_TOKEN || '';
  const { commentSettleMs, ...clientOptions } = client;
  // Octokit loads on GitHub only: the CLI on a laptop never gets this far.
  const { createGitHubClient } = await import('./client.js');
  const api = token ? createGitHubClient({ token, apiUrl: context.apiUrl, logger: host.logger, ...clientOptions }) : undefined;
  return { context, api, token, commentSettleMs };
}

/** The verdict after the pull request's override label, if any. */
export async function overrideFromLabel(host: Host, session: GitHubSession | undefined, verdict: GateVerdict): Promise<GateVerdict> {
  const pr = session?.context.pullRequest;
  const label = host.input('override-label').trim();
  if (!session || !pr || !label) return verdict;
  const { applyOverrideLabel } = await import('./override.js');
  return applyOverrideLabel(verdict, { api: session.api, repo: session.context.repo, pullNumber: pr.number, label, eventLabels: pr.labels, logger: host.logger });
}

/**
 * Failed rules that name a policy line, as annotations on the policy file. The path must be
 * relative to the repository root (GITHUB_WORKSPACE); a policy outside it gets none.
 */
export function ruleAnnotations(verdict: GateVerdict, workspace: string): CheckAnnotation[] {
  const repoPath = verdict.policy ? repositoryPath(verdict.policy, workspace, workspace) : undefined;
  if (!repoPath) return [];
  return verdict.rules
    .filter((r) => !r.passed && r.policyLine)
    .map((r) => ({ path: repoPath, line: r.policyLine!, level: 'failure' as const, title: r.id, message: r.message }));
}

/** `path` relative to the repository root (`workspace`) with forward slashes; undefined outside it */
export function repositoryPath(path: string, workspace: string, cwd = process.cwd()): string | undefined {
  const rel = relative(resolve(workspace), resolve(cwd, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** the data files annotations may name besides the policy: CSV, TSV, JSON Lines, Parquet, gzip-compressed or not */
export const DATA_FILE = /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;

const MAX_DATA_MESSAGE = 1000;

/**
 * Where data validation found bad values, as annotations on the data files at their lines: only
 * on `readFiles` (the files the step read), with paths relative to the repository root; a file
 * outside the repository gets none. Messages quote values as JSON (no raw line breaks or markup).
 */
export function dataAnnotations(found: { file: string; line?: number; message: string }[], readFiles: string[], workspace: string, cwd = process.cwd()): CheckAnnotation[] {
  const read = new Set(readFiles.map((f) => resolve(cwd, f)));
  const out: CheckAnnotation[] = [];
  for (const a of found) {
    const path = read.has(resolve(cwd, a.file)) && DATA_FILE.test(a.file) ? repositoryPath(a.file, workspace, cwd) : undefined;
    if (!path) continue;
    const message = a.message.length > MAX_DATA_MESSAGE ? `${a.message.slice(0, MAX_DATA_MESSAGE - 1)}…` : a.message;
    out.push({ path, line: a.line ?? 1, level: 'failure', title: 'data validation', message });
  }
  return out;
}

export interface StepPublication {
  outcome?: PublishOutcome;
  /** path of the handoff file, in handoff mode on a pull request */
  handoffFile?: string;
}

export async function publishStepResult(
  host: Host,
  session: GitHubSession | undefined,
  args: {
    section: CommentSection;
    verdict: GateVerdict;
    report: string;
    outputDir: string;
    /** the artifact the output directory was uploaded as, linked when the comment is cut */
    artifact?: { name: string; id?: number };
    extraAnnotations?: CheckAnnotation[];
    /** the data files the step read, relative to the repository root: a handoff's data annotations may name only these */
    dataFiles?: string[];
  },
): Promise<StepPublication> {
  if (!session) return {};
  const { context } = session;
  const mode = parseCommentMode(host.input('comment'));
  const checkName = host.input('check-name').trim() || undefined;
  const annotations = [...ruleAnnotations(args.verdict, host.env.GITHUB_WORKSPACE || process.cwd()), ...(args.extraAnnotations ?? [])];
  if (mode === 'handoff') {
    if (!context.pullRequest) {
      host.logger.info('comment: handoff only applies to pull requests; nothing to hand off for this event.');
      return {};
    }
    const { writeHandoff } = await import('./fork-handoff.js');
    const handoffFile = await writeHandoff(args.outputDir, {
      pullRequest: context.pullRequest.number,
      headSha: context.pullRequest.headSha,
      verdict: args.verdict,
      report: args.report,
      sections: [args.section],
      annotations,
      ...(args.dataFiles?.length ? { dataFiles: args.dataFiles } : {}),
      ...(args.artifact ? { artifactName: args.artifact.name } : {}),
    });
    host.logger.info(`Wrote ${handoffFile} for the fork-safe comment workflow to post.`);
    return { handoffFile };
  }
  const { publishTargetFromContext, publishToPullRequest } = await import('./publish-results.js');
  const outcome = await publishToPullRequest({
    api: session.api,
    target: publishTargetFromContext(context),
    commentKey: commentKey(context.workflow, host.input('matrix-key')),
    section: args.section,
    verdict: args.verdict,
    report: args.report,
    checkName,
    annotations,
    artifactName: args.artifact?.name,
    artifactUrl: args.artifact?.id ? artifactUrl(context, args.artifact.id) : undefined,
    comment: mode === 'true',
    commentSettleMs: session.commentSettleMs,
    logger: host.logger,
  });
  return { outcome };
}

/**
 * The end every step shares: write manifest.json, store the output directory when upload-artifact
 * names one, and post the step's section (and check, if it has one) to the pull request. In handoff
 * mode the handoff file is written first, so that it is in the manifest and the artifact.
 */
export async function shareStepResults(
  host: Host,
  session: GitHubSession | undefined,
  args: { step: string; section: CommentSection; verdict: GateVerdict; report: string; outputDir: string; extraAnnotations?: CheckAnnotation[]; dataFiles?: string[] },
): Promise<StepPublication> {
  const { step, ...publication } = args;
  if (parseCommentMode(host.input('comment')) === 'handoff') {
    const published = await publishStepResult(host, session, publication);
    await writeOutputManifest(args.outputDir, step);
    await publishOutputDir(host, args.outputDir);
    return published;
  }
  await writeOutputManifest(args.outputDir, step);
  return publishStepResult(host, session, { ...publication, artifact: await publishOutputDir(host, args.outputDir) });
}
