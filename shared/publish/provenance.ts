// in-toto statements about the published model.onnx: SLSA provenance v1 (how it was built: the
// workflow run, the commit, the training data) and the gate's verdict as a test-result predicate.
// Always written to output-dir; signing them (Sigstore, via @actions/attest) is a separate step.
import type { VerdictFile } from '../evaluate/verdict-file.js';
import type { Lineage } from '../train/lineage.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
export const TEST_RESULT = 'https://in-toto.io/attestation/test-result/v0.1';
export const BUILD_TYPE = 'https://github.com/mlci/mlci/publish-model@v1';

export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, unknown>;
}

export interface Statement<P> {
  _type: typeof STATEMENT_TYPE;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate: P;
}

export interface BuildContext {
  /** where the build ran: the workflow run URL on GitHub, else the machine */
  builderId: string;
  invocationId?: string;
  repository?: string;
  commit?: string;
  ref?: string;
  workflow?: string;
  startedOn: string;
  finishedOn: string;
}

/** The GitHub run that builds, from the runner's environment; a local id off GitHub. */
export function buildContext(env: Readonly<Record<string, string | undefined>>, startedOn: string): BuildContext {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const run = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const context: BuildContext = {
    builderId: env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : run ?? 'mlci-cli://localhost',
    startedOn,
    finishedOn: new Date().toISOString(),
  };
  if (run) context.invocationId = env.GITHUB_RUN_ATTEMPT ? `${run}/attempts/${env.GITHUB_RUN_ATTEMPT}` : run;
  if (env.GITHUB_REPOSITORY) context.repository = `${server}/${env.GITHUB_REPOSITORY}`;
  if (env.GITHUB_SHA) context.commit = env.GITHUB_SHA;
  if (env.GITHUB_REF) context.ref = env.GITHUB_REF;
  if (env.GITHUB_WORKFLOW) context.workflow = env.GITHUB_WORKFLOW;
  return context;
}

function subject(modelSha256: string, name: string): ResourceDescriptor[] {
  return [{ name, digest: { sha256: modelSha256.replace(/^sha256:/, '') } }];
}

export function provenanceStatement(args: { modelSha256: string; subjectName: string; build: BuildContext; lineage?: Lineage; parameters: Record<string, unknown> }): Statement<Record<string, unknown>> {
  const { build, lineage } = args;
  const dependencies: ResourceDescriptor[] = [];
  const commit = build.commit ?? lineage?.git?.commit;
  if (commit) dependencies.push({ uri: build.repository ? `git+${build.repository}${build.ref ? `@${build.ref}` : ''}` : 'git', digest: { gitCommit: commit } });
  for (const d of lineage?.data ?? []) dependencies.push({ name: d.path, digest: { sha256: d.sha256 } });
  for (const c of lineage?.code ?? []) dependencies.push({ name: c.path, digest: { sha256: c.sha256 } });
  const internal: Record<string, unknown> = {};
  if (lineage) internal.training = { trainer: lineage.trainer, params: lineage.params, tools: lineage.tools };
  const metadata: Record<string, unknown> = { startedOn: build.startedOn, finishedOn: build.finishedOn };
  if (build.invocationId) metadata.invocationId = build.invocationId;
  return {
    _type: STATEMENT_TYPE,
    subject: subject(args.modelSha256, args.subjectName),
    predicateType: SLSA_PROVENANCE,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: { ...args.parameters, ...(build.workflow ? { workflow: build.workflow } : {}) },
        internalParameters: internal,
        resolvedDependencies: dependencies,
      },
      runDetails: { builder: { id: build.builderId }, metadata },
    },
  };
}

/** The gate's decision as an in-toto test result: PASSED, WARNED (overridden or ungated) or FAILED. */
export function testResultStatement(args: { modelSha256: string; subjectName: string; verdict: VerdictFile; url?: string }): Statement<Record<string, unknown>> {
  const v = args.verdict;
  const result = !v.passed ? 'FAILED' : v.overridden || !v.gated ? 'WARNED' : 'PASSED';
  const configuration: ResourceDescriptor[] = [{ name: 'evaluation-data', digest: { sha256: v.dataSha256 } }];
  if (v.policy) configuration.push({ name: v.policy });
  const predicate: Record<string, unknown> = {
    result,
    configuration,
    passedTests: v.passed && !v.overridden ? ['quality-gate'] : [],
    warnedTests: v.overridden ? ['quality-gate (overridden)'] : [],
    failedTests: v.failedRules ?? [],
  };
  if (args.url) predicate.url = args.url;
  return { _type: STATEMENT_TYPE, subject: subject(args.modelSha256, args.subjectName), predicateType: TEST_RESULT, predicate };
}
