import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/github/attest.ts
var SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var ATTEST_PERMISSIONS = "id-token: write and attestations: write";
function oidcAvailable(env) {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function missingOidcError() {
  return new UserError(
    "attest is true, but this job cannot get an OIDC token to sign with (ACTIONS_ID_TOKEN_REQUEST_URL is not set).",
    "the job's permissions",
    `Add under permissions:
    id-token: write
    attestations: write
to the job (GitHub gives no OIDC token to pull requests from forks), or set attest: false (or auto: sign when a token is available).`
  );
}
async function signStatements(statements, options) {
  const { attest } = await import("./lib-RSY75LJB.mjs");
  const signed = [];
  for (const { file, statement } of statements) {
    let attestation;
    try {
      attestation = await attest({
        subjects: statement.subject.map((s) => ({ name: s.name ?? "", digest: s.digest ?? {} })),
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token: options.token ?? "",
        skipWrite: !options.token
      });
    } catch (err) {
      throw explainAttestError(err, file);
    }
    options.logger.info(`Signed ${file} with Sigstore${attestation.tlogID ? ` (transparency log index ${attestation.tlogID})` : ""}${attestation.attestationID ? `; stored as GitHub attestation ${attestation.attestationID}` : ""}.`);
    signed.push({ file, bundle: attestation.bundle, attestationId: attestation.attestationID, tlogId: attestation.tlogID });
  }
  return signed;
}
function explainAttestError(err, file) {
  const message = describeError(err);
  if (/persist attestation/i.test(message) && /not accessible|forbidden|permission|403/i.test(message)) {
    return new UserError(
      `GitHub refused to store the signed ${file} as an attestation (${message}).`,
      "the job's permissions",
      'Add "attestations: write" (and "id-token: write") under permissions:. On a private repository, GitHub stores attestations only on plans that have artifact attestations (GitHub Enterprise Cloud); there, set attest: false and keep the unsigned statements.'
    );
  }
  if (/id.?token|oidc|ACTIONS_ID_TOKEN|no tokens available/i.test(message)) {
    return new UserError(`Signing ${file} failed: no OIDC token (${message}).`, "the job's permissions", 'Add "id-token: write" and "attestations: write" under permissions:.');
  }
  return new Error(`Signing ${file} with Sigstore failed: ${message}`);
}
export {
  ATTEST_PERMISSIONS,
  SIGSTORE_BUNDLE,
  missingOidcError,
  oidcAvailable,
  signStatements
};
