import { Ajv } from 'ajv';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, UserError } from '../errors.js';
import type { GateVerdict } from '../evaluate/types.js';
import { writeJsonAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { CHECK_SUMMARY_LIMIT, MAX_ANNOTATIONS, type CheckAnnotation } from './check-run.js';
import { callGitHub, OPERATIONS, type GitHubApi } from './client.js';
import { COMMENT_BODY_LIMIT, commentKey, type CommentSection } from './comment-body.js';
import type { GitHubContext } from './context.js';
import { applyOverrideLabel, DEFAULT_OVERRIDE_LABEL } from './override.js';
import { publishToPullRequest, type PublishOutcome } from './publish-results.js';
import { DATA_FILE } from './step-publishing.js';
import { untrustedMarkdown } from './untrusted-markdown.js';

/**
 * The fork-safe flow. A pull request from a fork runs evaluate-gate with a read-only token; it
 * leaves this handoff file next to its report, uploaded as an artifact. A workflow_run workflow in
 * the base repository, which holds a write token but never runs the fork's code, reads it and
 * posts it. Everything in the file was written by code the fork controls: it is validated, cut to
 * size and checked against the trusted workflow_run event before anything is posted. What names
 * things on the base repository (the check, the comment key) comes from the trusted workflow's own
 * inputs and event, never from the file: a fork can add its own workflow under the evaluate
 * workflow's name and upload a hand-made handoff without running mlci at all.
 */

export const HANDOFF_FILE = 'mlci-pr-handoff.json';
export const HANDOFF_SCHEMA = 'mlci/pr-handoff@1';
const MAX_HANDOFF_BYTES = 2 * 1024 * 1024;
const MAX_SECTIONS = 8;

export interface PullRequestHandoff {
  schema: typeof HANDOFF_SCHEMA;
  pullRequest: number;
  /** the pull request head the evaluation ran on */
  headSha: string;
  /** ignored by the poster (the trusted workflow keys its comment); kept for older readers */
  commentKey?: string;
  /** ignored by the poster (the trusted workflow names its check); kept for older readers */
  checkName?: string;
  verdict: GateVerdict;
  /** the full report, for the check summary */
  report: string;
  sections: CommentSection[];
  annotations: CheckAnnotation[];
  /** the data files the step read (repository paths): annotations may name these besides the policy */
  dataFiles?: string[];
  artifactName?: string;
}

const text = (maxLength: number) => ({ type: 'string', maxLength });
const rule = {
  type: 'object',
  required: ['id', 'metric', 'passed', 'message'],
  properties: { id: text(500), metric: text(200), kind: text(20), description: text(500), actual: { type: ['number', 'null'] }, passed: { type: 'boolean' }, message: text(2000), policyLine: { type: 'integer', minimum: 1 } },
};
const handoffSchema = {
  type: 'object',
  required: ['schema', 'pullRequest', 'headSha', 'verdict', 'report', 'sections', 'annotations'],
  properties: {
    schema: { const: HANDOFF_SCHEMA },
    pullRequest: { type: 'integer', minimum: 1, maximum: 2147483647 },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    commentKey: { type: 'string', minLength: 1, maxLength: 200 },
    checkName: { type: 'string', minLength: 1, maxLength: 100 },
    artifactName: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
    dataFiles: { type: 'array', maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 500 } },
    verdict: {
      type: 'object',
      required: ['gated', 'passed', 'rules'],
      properties: {
        policy: { type: ['string', 'null'], maxLength: 500 },
        gated: { type: 'boolean' },
        passed: { type: 'boolean' },
        rules: { type: 'array', maxItems: 1000, items: rule },
        override: { type: 'object', required: ['by', 'reason'], properties: { by: text(200), reason: text(1000) } },
      },
    },
    // sizes are cut below rather than refused: a long report is not an attack
    report: { type: 'string' },
    sections: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_SECTIONS,
      items: { type: 'object', required: ['id', 'title', 'markdown'], properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,47}$' }, title: text(100), markdown: { type: 'string' }, headline: text(2000) } },
    },
    annotations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'line', 'level', 'message'],
        properties: { path: { type: 'string', minLength: 1, maxLength: 500 }, line: { type: 'integer', minimum: 1 }, endLine: { type: 'integer', minimum: 1 }, level: { enum: ['notice', 'warning', 'failure'] }, message: { type: 'string' }, title: { type: 'string' } },
      },
    },
  },
};

let validateHandoff: ReturnType<Ajv['compile']> | undefined;

export async function writeHandoff(dir: string, handoff: Omit<PullRequestHandoff, 'schema'>): Promise<string> {
  const path = join(dir, HANDOFF_FILE);
  await writeJsonAtomic(path, { schema: HANDOFF_SCHEMA, ...handoff });
  return path;
}

/** A repository-relative path with no way out of the repository. */
function safeAnnotationPath(path: string): boolean {
  return !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..') && !path.includes('\0');
}

/** Reads and validates the handoff an untrusted job left in `dir`. */
export async function readHandoff(dir: string): Promise<PullRequestHandoff> {
  const path = join(dir, HANDOFF_FILE);
  const bad = (what: string) => new UserError(`The pull request handoff is not valid: ${what}.`, path, 'Pass the artifact that the fork-safe evaluate workflow uploaded (it holds mlci-pr-handoff.json), and use the same mlci version in both workflows.');
  let raw: string;
  try {
    if ((await stat(path)).size > MAX_HANDOFF_BYTES) throw bad(`it is larger than ${MAX_HANDOFF_BYTES} bytes`);
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`No readable ${HANDOFF_FILE}: ${describeError(err)}`, path, 'Download the evaluate workflow\'s artifact into this directory first (actions/download-artifact with run-id and github-token).');
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw bad('it is not JSON');
  }
  validateHandoff ??= new Ajv({ allErrors: true }).compile(handoffSchema);
  if (!validateHandoff(data)) throw bad(new Ajv().errorsText(validateHandoff.errors, { dataVar: 'handoff' }));
  const h = data as PullRequestHandoff;
  const badPath = h.annotations.find((a) => !safeAnnotationPath(a.path));
  if (badPath) throw bad(`annotation path "${badPath.path.slice(0, 100)}" is not a relative path inside the repository`);
  const badData = h.dataFiles?.find((p) => !safeAnnotationPath(p));
  if (badData !== undefined) throw bad(`data file "${badData.slice(0, 100)}" is not a relative path inside the repository`);
  return {
    ...h,
    report: untrustedMarkdown(h.report, CHECK_SUMMARY_LIMIT),
    sections: h.sections.map((s) => ({ ...s, title: untrustedMarkdown(s.title, 100), markdown: untrustedMarkdown(s.markdown, COMMENT_BODY_LIMIT), ...(s.headline ? { headline: untrustedMarkdown(s.headline, 2000) } : {}) })),
    annotations: h.annotations.slice(0, MAX_ANNOTATIONS).map((a) => ({ ...a, message: untrustedMarkdown(a.message, 4000), ...(a.title ? { title: a.title.slice(0, 255) } : {}) })),
  };
}

/**
 * An override claimed by the fork's job is dropped: the verdict is recomputed from its rules, and
 * overridden again only if the pull request really carries the label now (labels are set by
 * maintainers, never by the fork's code).
 */
async function trustedOverride(api: GitHubApi, context: GitHubContext, handoff: PullRequestHandoff, verified: number | undefined, label: string, logger: Logger): Promise<GateVerdict> {
  const { override: claimed, ...rest } = handoff.verdict;
  const verdict: GateVerdict = { ...rest, passed: !rest.gated || rest.rules.every((r) => r.passed) };
  // labels count only on the pull request GitHub confirmed: the handoff may name any other one
  const result = verified === undefined ? verdict : await applyOverrideLabel(verdict, { api, repo: context.repo, pullNumber: verified, label, eventLabels: [], logger });
  if (claimed && !result.override) logger.warning(`The handoff claims the gate was overridden, but ${verified === undefined ? 'its pull request could not be verified' : `pull request #${verified} does not carry the label "${label}"`}; ignoring the claim.`);
  return result;
}

const POLICY_FILE = /\.ya?ml$/i;
const normalized = (path: string) => path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

/**
 * Annotations only on the policy file the verdict was judged by, or on a data file the step read
 * (a data file by its name, among the handoff's dataFiles): the fork writes the paths and the
 * messages, and must not put failures under the bot's name on its code or any other file.
 */
function readFileAnnotations(handoff: PullRequestHandoff): CheckAnnotation[] {
  const policy = handoff.verdict.policy ? normalized(handoff.verdict.policy) : undefined;
  const policyFile = policy && POLICY_FILE.test(policy) ? policy : undefined;
  const dataFiles = new Set((handoff.dataFiles ?? []).map(normalized).filter((p) => DATA_FILE.test(p)));
  return handoff.annotations.filter((a) => {
    const path = normalized(a.path);
    return (policyFile !== undefined && (path === policyFile || policyFile.endsWith(`/${path}`))) || dataFiles.has(path);
  });
}

export interface HandoffPostOutcome {
  /** the pull request the comment went to, when it was verified */
  pullRequest?: number;
  outcomes: PublishOutcome[];
}

/**
 * Posts a handoff from the workflow_run it came from. The commit comes from the trusted event, not
 * the file; the comment goes to the pull request only when GitHub confirms that its head is that
 * commit, so an artifact cannot aim at another pull request (or a stale one).
 */
export async function postHandoff(
  api: GitHubApi,
  context: GitHubContext,
  handoff: PullRequestHandoff,
  logger: Logger,
  options: {
    overrideLabel?: string;
    commentSettleMs?: number;
    /** the trusted workflow's check-name input; no check without one */
    checkName?: string;
    /** the trusted workflow's matrix-key input, for one comment per evaluate matrix job */
    matrixKey?: string;
  } = {},
): Promise<HandoffPostOutcome> {
  const overrideLabel = options.overrideLabel ?? DEFAULT_OVERRIDE_LABEL;
  const run = context.workflowRun;
  if (context.eventName !== 'workflow_run' || !run) {
    throw new UserError(`The comment mode runs on workflow_run events, not ${context.eventName}.`, 'workflow trigger', 'Trigger the commenting workflow with on: workflow_run: workflows: [<your evaluate workflow>] types: [completed].');
  }
  if (handoff.headSha !== run.headSha) {
    throw new UserError(`The handoff is for commit ${handoff.headSha.slice(0, 12)}, but the workflow run was for ${run.headSha.slice(0, 12)}.`, HANDOFF_FILE, 'Download the artifact of the run that triggered this workflow (run-id: ${{ github.event.workflow_run.id }}).');
  }
  let pullRequest: number | undefined = handoff.pullRequest;
  if (run.pullRequestNumbers.length > 0 && !run.pullRequestNumbers.includes(handoff.pullRequest)) {
    logger.warning(`The handoff names pull request #${handoff.pullRequest}, which is not among the run's pull requests (${run.pullRequestNumbers.join(', ')}); not commenting.`);
    pullRequest = undefined;
  } else {
    const { data: pr } = await callGitHub(OPERATIONS.readPullRequest, () => api.rest.pulls.get({ owner: context.repo.owner, repo: context.repo.repo, pull_number: handoff.pullRequest }));
    if (pr.head.sha !== run.headSha) {
      logger.info(`Pull request #${handoff.pullRequest} is now at ${pr.head.sha.slice(0, 7)}, not ${run.headSha.slice(0, 7)} (a newer push, or an artifact for another pull request); not commenting. The newer run will.`);
      pullRequest = undefined;
    }
  }
  const verdict = await trustedOverride(api, context, handoff, pullRequest, overrideLabel, logger);
  // the evaluate workflow's name, as GitHub reports it in the trusted event: the key it would use itself
  const key = commentKey(run.name, options.matrixKey);
  if (handoff.checkName && handoff.checkName !== options.checkName) logger.info(`The handoff asks for the check "${handoff.checkName.slice(0, 100)}"; the check is named by this workflow's check-name input instead (${options.checkName ? `"${options.checkName}"` : 'none'}).`);
  const annotations = readFileAnnotations(handoff);
  if (annotations.length < handoff.annotations.length) logger.info(`Dropped ${handoff.annotations.length - annotations.length} annotation(s) of the handoff that were not on its policy file or a data file it read.`);
  const target = { repo: context.repo, pullRequest, headSha: run.headSha, runUrl: run.htmlUrl || context.runUrl, readOnlyToken: false };
  const outcomes: PublishOutcome[] = [];
  for (const [i, section] of handoff.sections.entries()) {
    outcomes.push(
      await publishToPullRequest({
        api,
        target,
        commentKey: key,
        section,
        verdict,
        report: handoff.report,
        // one check per handoff: with the first section
        checkName: i === 0 ? options.checkName : undefined,
        annotations,
        artifactName: handoff.artifactName,
        commentSettleMs: options.commentSettleMs,
        logger,
      }),
    );
  }
  return { pullRequest, outcomes };
}
