import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import "./chunk-4NDXX6IS.mjs";

// shared/publish/provenance.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE = "https://slsa.dev/provenance/v1";
var TEST_RESULT = "https://in-toto.io/attestation/test-result/v0.1";
var BUILD_TYPE = "https://github.com/mlci/mlci/publish-model@v1";
function buildContext(env, startedOn) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const run = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const context = {
    builderId: env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : run ?? "mlci-cli://localhost",
    startedOn,
    finishedOn: (/* @__PURE__ */ new Date()).toISOString()
  };
  if (run) context.invocationId = env.GITHUB_RUN_ATTEMPT ? `${run}/attempts/${env.GITHUB_RUN_ATTEMPT}` : run;
  if (env.GITHUB_REPOSITORY) context.repository = `${server}/${env.GITHUB_REPOSITORY}`;
  if (env.GITHUB_SHA) context.commit = env.GITHUB_SHA;
  if (env.GITHUB_REF) context.ref = env.GITHUB_REF;
  if (env.GITHUB_WORKFLOW) context.workflow = env.GITHUB_WORKFLOW;
  return context;
}
function subject(modelSha256, name) {
  return [{ name, digest: { sha256: modelSha256.replace(/^sha256:/, "") } }];
}
function provenanceStatement(args) {
  const { build, lineage } = args;
  const dependencies = [];
  const commit = build.commit ?? lineage?.git?.commit;
  if (commit) dependencies.push({ uri: build.repository ? `git+${build.repository}${build.ref ? `@${build.ref}` : ""}` : "git", digest: { gitCommit: commit } });
  for (const d of lineage?.data ?? []) dependencies.push({ name: d.path, digest: { sha256: d.sha256 } });
  for (const c of lineage?.code ?? []) dependencies.push({ name: c.path, digest: { sha256: c.sha256 } });
  const internal = {};
  if (lineage) internal.training = { trainer: lineage.trainer, params: lineage.params, tools: lineage.tools };
  const metadata = { startedOn: build.startedOn, finishedOn: build.finishedOn };
  if (build.invocationId) metadata.invocationId = build.invocationId;
  return {
    _type: STATEMENT_TYPE,
    subject: subject(args.modelSha256, args.subjectName),
    predicateType: SLSA_PROVENANCE,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: { ...args.parameters, ...build.workflow ? { workflow: build.workflow } : {} },
        internalParameters: internal,
        resolvedDependencies: dependencies
      },
      runDetails: { builder: { id: build.builderId }, metadata }
    }
  };
}
function testResultStatement(args) {
  const v = args.verdict;
  const result = !v.passed ? "FAILED" : v.overridden || !v.gated ? "WARNED" : "PASSED";
  const configuration = [{ name: "evaluation-data", digest: { sha256: v.dataSha256 } }];
  if (v.policy) configuration.push({ name: v.policy });
  const predicate = {
    result,
    configuration,
    passedTests: v.passed && !v.overridden ? ["quality-gate"] : [],
    warnedTests: v.overridden ? ["quality-gate (overridden)"] : [],
    failedTests: v.failedRules ?? []
  };
  if (args.url) predicate.url = args.url;
  return { _type: STATEMENT_TYPE, subject: subject(args.modelSha256, args.subjectName), predicateType: TEST_RESULT, predicate };
}
export {
  BUILD_TYPE,
  SLSA_PROVENANCE,
  STATEMENT_TYPE,
  TEST_RESULT,
  buildContext,
  provenanceStatement,
  testResultStatement
};
