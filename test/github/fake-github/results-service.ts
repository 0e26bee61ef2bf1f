import { BLOB_PREFIX } from './routes.js';
import type { FakeBlobStore } from './blob-store.js';
import type { FakeGitHubState } from './state.js';
import { serveTwirp, type RuntimeIdentity } from './twirp.js';

/**
 * The Actions results service's artifact API as @actions/artifact uploads through it:
 * CreateArtifact hands out a signed blob URL, FinalizeArtifact turns the uploaded zip into an
 * artifact of the configured workflow run, which the public API then lists and serves.
 */
export function artifactService(state: FakeGitHubState, blobs: FakeBlobStore, identity: RuntimeIdentity, violations: string[]) {
  const pending = new Map<string, string>();
  const checkIds = (method: string, body: any) => {
    if (body.workflow_run_backend_id !== identity.runBackendId || body.workflow_job_run_backend_id !== identity.jobBackendId) {
      violations.push(`${method}: backend ids ${body.workflow_run_backend_id}/${body.workflow_job_run_backend_id} do not match the token`);
    }
  };
  return serveTwirp(
    'github.actions.results.api.v1.ArtifactService',
    {
      CreateArtifact(body) {
        checkIds('CreateArtifact', body);
        if (typeof body.name !== 'string' || body.version !== 7) violations.push(`CreateArtifact: unexpected request ${JSON.stringify(body)}`);
        const slot = blobs.createSlot('artifacts');
        pending.set(body.name, slot.id);
        return { body: { ok: true, signed_upload_url: slot.url } };
      },
      FinalizeArtifact(body) {
        checkIds('FinalizeArtifact', body);
        const slotId = pending.get(body.name);
        const bytes = slotId ? blobs.committed(slotId) : undefined;
        if (!bytes) {
          violations.push(`FinalizeArtifact: ${body.name} was never uploaded`);
          return { status: 404, body: { code: 'not_found', msg: 'no upload' } };
        }
        if (Number(body.size) !== bytes.length) violations.push(`FinalizeArtifact: size ${body.size} but ${bytes.length} bytes were uploaded`);
        const repo = state.repo(identity.repo);
        const run = repo.workflowRuns.find((r) => r.id === identity.runId);
        if (!run) throw new Error(`no workflow run ${identity.runId} seeded for the upload`);
        const id = state.id();
        run.artifacts.push({ id, name: body.name, sizeInBytes: bytes.length, expired: false });
        repo.artifactZips.set(id, bytes);
        pending.delete(body.name);
        return { body: { ok: true, artifact_id: String(id) } };
      },
      // Same-run downloads (getArtifact/downloadArtifact without findBy) list and sign through
      // the results service with the runtime token, not through the REST API.
      ListArtifacts(body) {
        checkIds('ListArtifacts', body);
        const run = state.repo(identity.repo).workflowRuns.find((r) => r.id === identity.runId);
        const artifacts = (run?.artifacts ?? []).filter((a) => !a.expired && (body.name_filter === undefined || a.name === body.name_filter));
        return {
          body: {
            artifacts: artifacts.map((a) => ({
              workflow_run_backend_id: identity.runBackendId,
              workflow_job_run_backend_id: identity.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.sizeInBytes),
              created_at: new Date().toISOString(),
            })),
          },
        };
      },
      GetSignedArtifactURL(body) {
        checkIds('GetSignedArtifactURL', body);
        const run = state.repo(identity.repo).workflowRuns.find((r) => r.id === identity.runId);
        const artifact = run?.artifacts.find((a) => a.name === body.name);
        if (!artifact) return { status: 404, body: { code: 'not_found', msg: `no artifact ${body.name}` } };
        const origin = new URL(blobs.urlOf('artifacts-0')).origin;
        return { body: { signed_url: `${origin}${BLOB_PREFIX}${encodeURIComponent(identity.repo)}/${artifact.id}.zip?sig=test` } };
      },
    },
    identity,
    violations,
  );
}
