import { UserError, describeError } from '../errors.js';
import type { Logger } from '../log.js';

/**
 * Signs in-toto statements with Sigstore through @actions/attest: a short-lived certificate from
 * Fulcio for the workflow's OIDC identity (public-good Sigstore for public repositories, GitHub's
 * own instance for private ones), and stores each bundle with GitHub's attestations API.
 * @actions/attest reads the runner's environment itself (the OIDC request URL, the repository).
 */

/** the Sigstore bundle media type GitHub's attestations use, also the referrer artifactType */
export const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export const ATTEST_PERMISSIONS = 'id-token: write and attestations: write';

export interface InTotoStatement {
  subject: { name?: string; digest?: Record<string, string> }[];
  predicateType: string;
  predicate: object;
}

export interface SignedStatement {
  file: string;
  bundle: object;
  /** the GitHub attestation's id, when it was stored */
  attestationId?: string;
  /** the transparency log index (public-good Rekor) */
  tlogId?: string;
}

/** true when the job may ask for an OIDC token (it has `permissions: id-token: write`) */
export function oidcAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

export function missingOidcError(): UserError {
  return new UserError(
    'attest is true, but this job cannot get an OIDC token to sign with (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
    "the job's permissions",
    `Add under permissions:\n    id-token: write\n    attestations: write\nto the job (GitHub gives no OIDC token to pull requests from forks), or set attest: false (or auto: sign when a token is available).`,
  );
}

/** Signs each statement; stores it in GitHub's attestations when a token is given. */
export async function signStatements(statements: { file: string; statement: InTotoStatement }[], options: { token?: string; logger: Logger }): Promise<SignedStatement[]> {
  const { attest } = await import('@actions/attest');
  const signed: SignedStatement[] = [];
  for (const { file, statement } of statements) {
    let attestation;
    try {
      attestation = await attest({
        subjects: statement.subject.map((s) => ({ name: s.name ?? '', digest: s.digest ?? {} })),
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token: options.token ?? '',
        skipWrite: !options.token,
      });
    } catch (err) {
      throw explainAttestError(err, file);
    }
    options.logger.info(`Signed ${file} with Sigstore${attestation.tlogID ? ` (transparency log index ${attestation.tlogID})` : ''}${attestation.attestationID ? `; stored as GitHub attestation ${attestation.attestationID}` : ''}.`);
    signed.push({ file, bundle: attestation.bundle as object, attestationId: attestation.attestationID, tlogId: attestation.tlogID });
  }
  return signed;
}

function explainAttestError(err: unknown, file: string): Error {
  const message = describeError(err);
  if (/persist attestation/i.test(message) && /not accessible|forbidden|permission|403/i.test(message)) {
    return new UserError(
      `GitHub refused to store the signed ${file} as an attestation (${message}).`,
      "the job's permissions",
      'Add "attestations: write" (and "id-token: write") under permissions:. On a private repository, GitHub stores attestations only on plans that have artifact attestations (GitHub Enterprise Cloud); there, set attest: false and keep the unsigned statements.',
    );
  }
  if (/id.?token|oidc|ACTIONS_ID_TOKEN|no tokens available/i.test(message)) {
    return new UserError(`Signing ${file} failed: no OIDC token (${message}).`, "the job's permissions", 'Add "id-token: write" and "attestations: write" under permissions:.');
  }
  return new Error(`Signing ${file} with Sigstore failed: ${message}`);
}
