// An offline Sigstore for the signing tests: @sigstore/mock's Fulcio (certificate authority with a
// CT log) and Rekor (transparency log), answering in-process through nock at the public-good URLs
// that @actions/attest hard-codes, a runner's OIDC token endpoint on 127.0.0.1, and the
// trusted_root.json that makes the mock's keys the ones a verifier trusts.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import nock from 'nock';

export const FULCIO_URL = 'https://fulcio.sigstore.dev';
export const REKOR_URL = 'https://rekor.sigstore.dev';
/** GitHub's own instance, for private repositories: a Fulcio and a timestamp authority, no public log */
export const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
export const GITHUB_TSA_URL = 'https://timestamp.githubapp.com';
/** what GitHub's OIDC tokens say: the certificate's subject is the workflow at its ref */
export const WORKFLOW_IDENTITY = 'https://github.com/acme-ml/churn-model/.github/workflows/publish.yml@refs/tags/v1.2.0';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface MockSigstore {
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the runner environment */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  trustedRoot: object;
  /** how many certificates and log entries were asked for */
  calls: { fulcio: number; rekor: number; tsa: number; oidc: number };
  close(): Promise<void>;
}

// the mock hands out ArrayBufferViews (not always Uint8Array): read their bytes through the view
/** mocks alive: the network is closed to all but loopback while any is */
let active = 0;

const b64 = (bytes: ArrayBufferView) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function unsignedJwt(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/**
 * Rekor stores a proposed dsse entry in canonical form (the signatures and the payload's hash, not
 * the envelope); the mock logs what it is given as it is, so the proposal is put in that form first,
 * as the real log does, or no verifier would accept the entry.
 */
function canonicalDsse(body: string): string {
  const proposed = JSON.parse(body) as { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } };
  const content = proposed.kind === 'dsse' ? proposed.spec?.proposedContent : undefined;
  if (!content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: content.verifiers[i] ?? content.verifiers[0] })),
    },
  });
}

/** the next whole second but one: later than any certificate made before it */
function wholeSecondClock(): Date {
  return new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
}

/** public-good: Fulcio and Rekor at sigstore.dev; github: Fulcio and a TSA at githubapp.com */
export async function startMockSigstore(instance: 'public-good' | 'github' = 'public-good'): Promise<MockSigstore> {
  const keyPair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const start = new Date(Date.now() - 60_000).toISOString();
  const ctlog = await initializeCTLog(keyPair);
  const tlog = await initializeTLog(REKOR_URL, keyPair);
  const clock = wholeSecondClock();
  const tsa = await initializeTSA(keyPair, clock);
  // The mock TSA writes genTime with as many fraction digits as the milliseconds need (".12Z" at
  // 120 ms) and sigstore's parser takes three or none, so about one run in ten failed with
  // "invalid time": with a TSA, the timestamp and the signing certificate's start share one whole
  // second, just after the TSA's own certificates were made (a signing time inside every validity).
  const ca = await initializeCA(keyPair, ctlog, instance === 'github' ? clock : undefined);
  const calls = { fulcio: 0, rekor: 0, tsa: 0, oidc: 0 };
  const interceptors: nock.Interceptor[] = [];
  const intercept = (base: string, handler: { path: string; fn: HandlerFn }, counter: 'fulcio' | 'rekor' | 'tsa') => {
    const interceptor = nock(base).persist().post(handler.path);
    interceptors.push(interceptor);
    interceptor.reply(async (_uri, body) => {
        calls[counter]++;
        const answer = await handler.fn(typeof body === 'string' ? body : JSON.stringify(body));
        return [answer.statusCode, answer.response, { 'Content-Type': answer.contentType ?? 'text/plain' }];
      });
  };
  active++;
  nock.disableNetConnect();
  nock.enableNetConnect(/^127\.0\.0\.1/);
  const fulcioUrl = instance === 'github' ? GITHUB_FULCIO_URL : FULCIO_URL;
  intercept(fulcioUrl, fulcioHandler(ca), 'fulcio');
  if (instance === 'github') intercept(GITHUB_TSA_URL, tsaHandler(tsa), 'tsa');
  else {
    const rekor = rekorHandler(tlog);
    intercept(REKOR_URL, { path: rekor.path, fn: (body) => rekor.fn(canonicalDsse(body)) }, 'rekor');
  }

  const token = 'oidc-request-token';
  const server: Server = createServer((req, res) => {
    calls.oidc++;
    const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience');
    if (req.headers.authorization !== `Bearer ${token}` || audience !== 'sigstore') {
      res.writeHead(401).end();
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const jwt = unsignedJwt({ iss: GITHUB_ISSUER, sub: WORKFLOW_IDENTITY, aud: 'sigstore', iat: now, exp: now + 300, repository: 'acme-ml/churn-model', ref: 'refs/tags/v1.2.0', sha: 'a'.repeat(40), event_name: 'push', workflow: 'publish' });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const publicKey = (raw: Uint8Array) => ({ rawBytes: b64(raw), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: instance === 'github' ? [] : [{ baseUrl: REKOR_URL, hashAlgorithm: 'SHA2_256', publicKey: publicKey(tlog.publicKey), logId: { keyId: b64(createHash('sha256').update(tlog.publicKey).digest()) } }],
    certificateAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: fulcioUrl, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor: { start } }],
    ctlogs: [{ baseUrl: 'https://ctfe.sigstore.dev', hashAlgorithm: 'SHA2_256', publicKey: publicKey(ctlog.publicKey), logId: { keyId: b64(ctlog.logID) } }],
    timestampAuthorities:
      instance === 'github' ? [{ subject: { organization: 'sigstore.mock', commonName: 'tsa' }, uri: GITHUB_TSA_URL, certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] }, validFor: { start } }] : [],
  };
  return {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: token },
    trustedRoot,
    calls,
    async close() {
      for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
      if (--active === 0) nock.enableNetConnect();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
