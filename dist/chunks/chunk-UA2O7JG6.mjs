import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  DEFAULT_OVERRIDE_LABEL,
  GITHUB_STEP_INPUTS
} from "./chunk-3IG6QDVB.mjs";
import {
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/github/comment-step.ts
import { resolve } from "node:path";
function createCommentStep(client = {}) {
  return {
    name: "comment",
    description: "Posts a fork pull request's evaluation (the handoff artifact of the fork-safe evaluate workflow) as the pull request comment and check, from a workflow_run workflow.",
    inputs: {
      from: { description: "Directory holding the downloaded handoff artifact (mlci-pr-handoff.json).", required: true },
      "github-token": GITHUB_STEP_INPUTS["github-token"],
      "override-label": GITHUB_STEP_INPUTS["override-label"],
      // named here, on the trusted side: a handoff is written by the fork and may name any check
      "check-name": { description: "Name of the check run that carries the verdict (the handoff cannot choose it); empty: no check.", default: GITHUB_STEP_INPUTS["check-name"].default },
      "matrix-key": { description: "The evaluate job's matrix values, when the evaluate workflow is a matrix, so that each keeps its own comment.", default: "" }
    },
    outputs: {
      commented: { description: '"true" when the pull request comment was written.' },
      "pull-request": { description: "Number of the pull request commented on; empty when none was." }
    },
    async run(host) {
      const { postHandoff, readHandoff } = await import("./fork-handoff-FBF6O2OZ.mjs");
      const { openGitHubSession } = await import("./step-publishing-2WPOIQR3.mjs");
      const from = resolve(requireInput("from", host.input("from"), "Set from to the directory the handoff artifact was downloaded into."));
      const session = await openGitHubSession(host, client);
      if (!session) {
        throw new UserError("The comment step posts to GitHub and needs the runner environment (GITHUB_EVENT_NAME, GITHUB_REPOSITORY).", "environment", "Run it in a workflow triggered by workflow_run (see .github/workflows/examples/fork-safe-comment.yml).");
      }
      host.setOutput("commented", "false");
      host.setOutput("pull-request", "");
      if (!session.api) {
        host.logger.warning("No GitHub token was given, so nothing can be posted. Pass github-token: ${{ github.token }} with pull-requests: write and checks: write.");
        return {};
      }
      const handoff = await readHandoff(from);
      await host.summary(handoff.report);
      const label = host.input("override-label").trim() || DEFAULT_OVERRIDE_LABEL;
      const { pullRequest, outcomes } = await postHandoff(session.api, session.context, handoff, host.logger, {
        overrideLabel: label,
        commentSettleMs: session.commentSettleMs,
        checkName: host.input("check-name").trim() || void 0,
        matrixKey: host.input("matrix-key")
      });
      const commented = outcomes.some((o) => ["created", "updated", "unchanged"].includes(o.comment.status));
      host.setOutput("commented", String(commented));
      host.setOutput("pull-request", commented && pullRequest ? String(pullRequest) : "");
      const userError = outcomes.flatMap((o) => o.userErrors)[0];
      if (userError) throw userError;
      return {};
    }
  };
}
var commentStep = createCommentStep();

export {
  createCommentStep,
  commentStep
};
