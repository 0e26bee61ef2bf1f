import { perRepo } from './state.js';
import type { RouteRequest, RouteResponse } from './routes.js';

/** The Sigstore bundles stored with the attestations API, per repository (tests read them). */
export interface FakeAttestation {
  id: number;
  bundle: { mediaType?: string; dsseEnvelope?: { payload?: string; payloadType?: string } };
}

export const attestationsOf = perRepo<FakeAttestation>();

export const attestationRoutes: Record<string, (req: RouteRequest) => RouteResponse> = {
  'repos/create-attestation'(req) {
    const bundle = req.body.bundle;
    // GitHub accepts only DSSE bundles of in-toto statements
    if (bundle?.dsseEnvelope?.payloadType !== 'application/vnd.in-toto+json') {
      return { status: 422, body: { message: 'Validation Failed: the bundle must hold a DSSE envelope of an in-toto statement', documentation_url: 'https://docs.github.com/rest/repos/repos#create-an-attestation' } };
    }
    const attestation = { id: req.state.id(), bundle };
    attestationsOf(req.repo).push(attestation);
    return { status: 201, body: { id: attestation.id } };
  },
};
