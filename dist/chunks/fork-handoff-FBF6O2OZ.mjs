import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  require_ajv
} from "./chunk-BLYFCIPT.mjs";
import {
  CHECK_SUMMARY_LIMIT,
  MAX_ANNOTATIONS,
  publishToPullRequest
} from "./chunk-FWE2O4YD.mjs";
import {
  DATA_FILE
} from "./chunk-FXCGN6ET.mjs";
import {
  COMMENT_BODY_LIMIT,
  commentKey,
  neutralizeMarkers,
  truncateMarkdown
} from "./chunk-HI6DBT65.mjs";
import "./chunk-FLES3SGM.mjs";
import {
  applyOverrideLabel
} from "./chunk-Z6EZMT45.mjs";
import "./chunk-JAJFHHOH.mjs";
import {
  OPERATIONS,
  callGitHub
} from "./chunk-WU5CR57A.mjs";
import "./chunk-QXQYEFN3.mjs";
import "./chunk-RZQYQZ3R.mjs";
import {
  DEFAULT_OVERRIDE_LABEL
} from "./chunk-3IG6QDVB.mjs";
import "./chunk-6AG5JHL2.mjs";
import "./chunk-HVFF6HEQ.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import {
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/github/fork-handoff.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// shared/github/untrusted-markdown.ts
var ALLOWED_TAG = /^<(\/?)(details|summary)( open)?>/i;
var TAG_START = /<(?=[A-Za-z/!?])/g;
var AT_SIGN = /\\@|@|&#0*64(?![0-9]);?|&#x0*40(?![0-9a-f]);?|&commat;/gi;
function balanceTags(markdown) {
  const open = [];
  const out = markdown.replace(TAG_START, (lt, offset) => {
    const tag = ALLOWED_TAG.exec(markdown.slice(offset, offset + 20));
    if (!tag) return "&lt;";
    const [, closing, name, attr] = tag;
    const lower = name.toLowerCase();
    if (closing) {
      if (attr || open.at(-1) !== lower) return "&lt;";
      open.pop();
      return lt;
    }
    if (lower === "summary" ? attr || open.at(-1) !== "details" : open.at(-1) === "summary") return "&lt;";
    open.push(lower);
    return lt;
  });
  const closers = open.reverse().map((name) => `</${name}>`);
  return closers.length ? `${out}

${closers.join("\n")}` : out;
}
function untrustedMarkdown(markdown, max) {
  const neutral = neutralizeMarkers(markdown);
  let budget = max;
  for (; ; ) {
    const safe = balanceTags(truncateMarkdown(neutral, budget)).replace(AT_SIGN, "@\u200B");
    if (safe.length <= max || budget === 0) return safe.length <= max ? safe : "";
    budget = Math.max(0, budget - (safe.length - max));
  }
}

// shared/github/fork-handoff.ts
var HANDOFF_FILE = "mlci-pr-handoff.json";
var HANDOFF_SCHEMA = "mlci/pr-handoff@1";
var MAX_HANDOFF_BYTES = 2 * 1024 * 1024;
var MAX_SECTIONS = 8;
var text = (maxLength) => ({ type: "string", maxLength });
var rule = {
  type: "object",
  required: ["id", "metric", "passed", "message"],
  properties: { id: text(500), metric: text(200), kind: text(20), description: text(500), actual: { type: ["number", "null"] }, passed: { type: "boolean" }, message: text(2e3), policyLine: { type: "integer", minimum: 1 } }
};
var handoffSchema = {
  type: "object",
  required: ["schema", "pullRequest", "headSha", "verdict", "report", "sections", "annotations"],
  properties: {
    schema: { const: HANDOFF_SCHEMA },
    pullRequest: { type: "integer", minimum: 1, maximum: 2147483647 },
    headSha: { type: "string", pattern: "^[0-9a-f]{40}$" },
    commentKey: { type: "string", minLength: 1, maxLength: 200 },
    checkName: { type: "string", minLength: 1, maxLength: 100 },
    artifactName: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}$" },
    dataFiles: { type: "array", maxItems: 1e3, items: { type: "string", minLength: 1, maxLength: 500 } },
    verdict: {
      type: "object",
      required: ["gated", "passed", "rules"],
      properties: {
        policy: { type: ["string", "null"], maxLength: 500 },
        gated: { type: "boolean" },
        passed: { type: "boolean" },
        rules: { type: "array", maxItems: 1e3, items: rule },
        override: { type: "object", required: ["by", "reason"], properties: { by: text(200), reason: text(1e3) } }
      }
    },
    // sizes are cut below rather than refused: a long report is not an attack
    report: { type: "string" },
    sections: {
      type: "array",
      minItems: 1,
      maxItems: MAX_SECTIONS,
      items: { type: "object", required: ["id", "title", "markdown"], properties: { id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,47}$" }, title: text(100), markdown: { type: "string" }, headline: text(2e3) } }
    },
    annotations: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "line", "level", "message"],
        properties: { path: { type: "string", minLength: 1, maxLength: 500 }, line: { type: "integer", minimum: 1 }, endLine: { type: "integer", minimum: 1 }, level: { enum: ["notice", "warning", "failure"] }, message: { type: "string" }, title: { type: "string" } }
      }
    }
  }
};
var validateHandoff;
async function writeHandoff(dir, handoff) {
  const path = join(dir, HANDOFF_FILE);
  await writeJsonAtomic(path, { schema: HANDOFF_SCHEMA, ...handoff });
  return path;
}
function safeAnnotationPath(path) {
  return !path.startsWith("/") && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes("..") && !path.includes("\0");
}
async function readHandoff(dir) {
  const path = join(dir, HANDOFF_FILE);
  const bad = (what) => new UserError(`The pull request handoff is not valid: ${what}.`, path, "Pass the artifact that the fork-safe evaluate workflow uploaded (it holds mlci-pr-handoff.json), and use the same mlci version in both workflows.");
  let raw;
  try {
    if ((await stat(path)).size > MAX_HANDOFF_BYTES) throw bad(`it is larger than ${MAX_HANDOFF_BYTES} bytes`);
    raw = await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`No readable ${HANDOFF_FILE}: ${describeError(err)}`, path, "Download the evaluate workflow's artifact into this directory first (actions/download-artifact with run-id and github-token).");
  }
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw bad("it is not JSON");
  }
  validateHandoff ??= new import_ajv.Ajv({ allErrors: true }).compile(handoffSchema);
  if (!validateHandoff(data)) throw bad(new import_ajv.Ajv().errorsText(validateHandoff.errors, { dataVar: "handoff" }));
  const h = data;
  const badPath = h.annotations.find((a) => !safeAnnotationPath(a.path));
  if (badPath) throw bad(`annotation path "${badPath.path.slice(0, 100)}" is not a relative path inside the repository`);
  const badData = h.dataFiles?.find((p) => !safeAnnotationPath(p));
  if (badData !== void 0) throw bad(`data file "${badData.slice(0, 100)}" is not a relative path inside the repository`);
  return {
    ...h,
    report: untrustedMarkdown(h.report, CHECK_SUMMARY_LIMIT),
    sections: h.sections.map((s) => ({ ...s, title: untrustedMarkdown(s.title, 100), markdown: untrustedMarkdown(s.markdown, COMMENT_BODY_LIMIT), ...s.headline ? { headline: untrustedMarkdown(s.headline, 2e3) } : {} })),
    annotations: h.annotations.slice(0, MAX_ANNOTATIONS).map((a) => ({ ...a, message: untrustedMarkdown(a.message, 4e3), ...a.title ? { title: a.title.slice(0, 255) } : {} }))
  };
}
async function trustedOverride(api, context, handoff, verified, label, logger) {
  const { override: claimed, ...rest } = handoff.verdict;
  const verdict = { ...rest, passed: !rest.gated || rest.rules.every((r) => r.passed) };
  const result = verified === void 0 ? verdict : await applyOverrideLabel(verdict, { api, repo: context.repo, pullNumber: verified, label, eventLabels: [], logger });
  if (claimed && !result.override) logger.warning(`The handoff claims the gate was overridden, but ${verified === void 0 ? "its pull request could not be verified" : `pull request #${verified} does not carry the label "${label}"`}; ignoring the claim.`);
  return result;
}
var POLICY_FILE = /\.ya?ml$/i;
var normalized = (path) => path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
function readFileAnnotations(handoff) {
  const policy = handoff.verdict.policy ? normalized(handoff.verdict.policy) : void 0;
  const policyFile = policy && POLICY_FILE.test(policy) ? policy : void 0;
  const dataFiles = new Set((handoff.dataFiles ?? []).map(normalized).filter((p) => DATA_FILE.test(p)));
  return handoff.annotations.filter((a) => {
    const path = normalized(a.path);
    return policyFile !== void 0 && (path === policyFile || policyFile.endsWith(`/${path}`)) || dataFiles.has(path);
  });
}
async function postHandoff(api, context, handoff, logger, options = {}) {
  const overrideLabel = options.overrideLabel ?? DEFAULT_OVERRIDE_LABEL;
  const run = context.workflowRun;
  if (context.eventName !== "workflow_run" || !run) {
    throw new UserError(`The comment mode runs on workflow_run events, not ${context.eventName}.`, "workflow trigger", "Trigger the commenting workflow with on: workflow_run: workflows: [<your evaluate workflow>] types: [completed].");
  }
  if (handoff.headSha !== run.headSha) {
    throw new UserError(`The handoff is for commit ${handoff.headSha.slice(0, 12)}, but the workflow run was for ${run.headSha.slice(0, 12)}.`, HANDOFF_FILE, "Download the artifact of the run that triggered this workflow (run-id: ${{ github.event.workflow_run.id }}).");
  }
  let pullRequest = handoff.pullRequest;
  if (run.pullRequestNumbers.length > 0 && !run.pullRequestNumbers.includes(handoff.pullRequest)) {
    logger.warning(`The handoff names pull request #${handoff.pullRequest}, which is not among the run's pull requests (${run.pullRequestNumbers.join(", ")}); not commenting.`);
    pullRequest = void 0;
  } else {
    const { data: pr } = await callGitHub(OPERATIONS.readPullRequest, () => api.rest.pulls.get({ owner: context.repo.owner, repo: context.repo.repo, pull_number: handoff.pullRequest }));
    if (pr.head.sha !== run.headSha) {
      logger.info(`Pull request #${handoff.pullRequest} is now at ${pr.head.sha.slice(0, 7)}, not ${run.headSha.slice(0, 7)} (a newer push, or an artifact for another pull request); not commenting. The newer run will.`);
      pullRequest = void 0;
    }
  }
  const verdict = await trustedOverride(api, context, handoff, pullRequest, overrideLabel, logger);
  const key = commentKey(run.name, options.matrixKey);
  if (handoff.checkName && handoff.checkName !== options.checkName) logger.info(`The handoff asks for the check "${handoff.checkName.slice(0, 100)}"; the check is named by this workflow's check-name input instead (${options.checkName ? `"${options.checkName}"` : "none"}).`);
  const annotations = readFileAnnotations(handoff);
  if (annotations.length < handoff.annotations.length) logger.info(`Dropped ${handoff.annotations.length - annotations.length} annotation(s) of the handoff that were not on its policy file or a data file it read.`);
  const target = { repo: context.repo, pullRequest, headSha: run.headSha, runUrl: run.htmlUrl || context.runUrl, readOnlyToken: false };
  const outcomes = [];
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
        checkName: i === 0 ? options.checkName : void 0,
        annotations,
        artifactName: handoff.artifactName,
        commentSettleMs: options.commentSettleMs,
        logger
      })
    );
  }
  return { pullRequest, outcomes };
}
export {
  HANDOFF_FILE,
  HANDOFF_SCHEMA,
  postHandoff,
  readHandoff,
  writeHandoff
};
