import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  callGitHub
} from "./chunk-WU5CR57A.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/github/dispatch.ts
var WORKFLOW_DISPATCH = { doing: "dispatch the retraining workflow", permission: "actions: write" };
var REPOSITORY_DISPATCH = { doing: "send the retraining repository_dispatch event", permission: "contents: write" };
function parseRetrainTarget(text) {
  const value = text.trim();
  const event = /^repository_dispatch:([A-Za-z0-9_.-]{1,100})$/.exec(value);
  if (event) return { kind: "event", eventType: event[1] };
  if (/^[\w.-]+\.ya?ml$/.test(value) || /^\d+$/.test(value)) return { kind: "workflow", workflow: value };
  throw new UserError(
    `retrain-workflow is "${value}", which is neither a workflow file nor repository_dispatch:EVENT.`,
    "input retrain-workflow",
    "Name the training workflow's file in .github/workflows (train.yml), or write repository_dispatch:retrain to send that event."
  );
}
async function dispatchRetraining(api, repo, target, request) {
  const fields = { reason: request.reason.slice(0, 1e3), window: request.window, model: request.model, data: request.data };
  if (target.kind === "event") {
    await callGitHub(REPOSITORY_DISPATCH, () => api.rest.repos.createDispatchEvent({ ...repo, event_type: target.eventType, client_payload: fields }));
    return { url: null };
  }
  const response = await callGitHub(
    WORKFLOW_DISPATCH,
    () => api.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", { ...repo, workflow_id: target.workflow, ref: request.ref, inputs: fields, return_run_details: true }).catch((err) => {
      if (err?.status !== 422) throw err;
      throw new UserError(
        `GitHub refused to dispatch ${target.workflow}: ${err.message ?? "validation failed"}.`,
        "input retrain-workflow",
        `Give ${target.workflow} a workflow_dispatch trigger declaring the string inputs reason, window, model and data (see docs/monitor.md), and check that the ref ${request.ref} exists.`
      );
    })
  );
  const data = response.data;
  return { url: typeof data?.html_url === "string" ? data.html_url : null };
}

export {
  parseRetrainTarget,
  dispatchRetraining
};
