// Checks Sigstore bundles of in-toto statements about a model file: the signature (certificate
// chain to Fulcio, transparency log or timestamps, signature over the DSSE envelope) with sigstore's
// verifier, then what sigstore does not check: that the statement's subject is this very file.
import { readFile } from 'node:fs/promises';
import { UserError, describeError } from '../errors.js';

const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';

export interface BundleSource {
  /** where the bundle came from: "referrer sha256:… provenance.sigstore.json", a file path */
  source: string;
  json: unknown;
}

export interface BundleCheck {
  source: string;
  /** the signature verified against the trusted root */
  signature: boolean;
  /** the attested subject digest equals the model's sha256 */
  subjectMatches: boolean;
  predicateType?: string;
  /** the certificate's subject alternative name (on GitHub: the workflow file at its ref) */
  signer?: string;
  /** the OIDC issuer in the certificate */
  issuer?: string;
  /** why a check failed */
  problem?: string;
}

interface SerializedBundle {
  dsseEnvelope?: { payload?: string; payloadType?: string };
  verificationMaterial?: { tlogEntries?: unknown[]; timestampVerificationData?: { rfc3161Timestamps?: unknown[] } };
}

type Verify = (bundle: unknown) => { identity?: { subjectAlternativeName?: string; extensions?: { issuer?: string } } };

/**
 * A verifier per bundle shape: with `trustedRoot` (a trusted_root.json, e.g. `gh attestation
 * trusted-root` for GitHub's own Sigstore) offline; without, sigstore's public-good root via TUF.
 */
async function verifierFor(bundle: SerializedBundle, trustedRoot: string | undefined): Promise<Verify> {
  // GitHub's private-repository instance has no transparency log: its bundles carry RFC 3161 timestamps
  const tlogThreshold = bundle.verificationMaterial?.tlogEntries?.length ? 1 : 0;
  if (!trustedRoot) {
    const sigstore = await import('sigstore');
    const verifier = await sigstore.createVerifier({ tlogThreshold });
    return (b) => verifier.verify(b as Parameters<typeof verifier.verify>[0]);
  }
  const [{ bundleFromJSON }, { toSignedEntity, toTrustMaterial, Verifier }, { TrustedRoot }] = await Promise.all([import('@sigstore/bundle'), import('@sigstore/verify'), import('@sigstore/protobuf-specs')]);
  const text = await readFile(trustedRoot, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new UserError(`The trusted root ${trustedRoot} cannot be read (${err.code ?? err.message}).`, '--trusted-root', 'Point --trusted-root at a trusted_root.json (gh attestation trusted-root prints GitHub\'s and the public-good one).');
  });
  let root;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text.split('\n').find((l) => l.trim()) ?? ''));
  } catch (err) {
    throw new UserError(`The trusted root ${trustedRoot} is not a Sigstore trusted_root.json (${describeError(err)}).`, '--trusted-root', 'Use the JSON that gh attestation trusted-root prints (one root per line).');
  }
  const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold, ctlogThreshold: 1, timestampThreshold: 1 });
  return (b) => verifier.verify(toSignedEntity(bundleFromJSON(b)));
}

function statementOf(bundle: SerializedBundle): { predicateType?: string; subject?: { digest?: { sha256?: string } }[] } | string {
  const envelope = bundle.dsseEnvelope;
  if (!envelope?.payload) return 'the bundle holds no DSSE envelope (not an attestation)';
  if (envelope.payloadType !== IN_TOTO_PAYLOAD) return `the envelope's payload is ${envelope.payloadType}, not an in-toto statement`;
  try {
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
  } catch {
    return 'the envelope payload is not JSON';
  }
}

/** Every bundle checked twice: its signature, and that it speaks about `modelDigest` (sha256:…). */
export async function verifyBundles(bundles: BundleSource[], modelDigest: string, options: { trustedRoot?: string }): Promise<BundleCheck[]> {
  const checks: BundleCheck[] = [];
  for (const { source, json } of bundles) {
    const bundle = json as SerializedBundle;
    const check: BundleCheck = { source, signature: false, subjectMatches: false };
    const statement = statementOf(bundle);
    if (typeof statement === 'string') {
      checks.push({ ...check, problem: statement });
      continue;
    }
    check.predicateType = statement.predicateType;
    const subjects = (statement.subject ?? []).map((s) => `sha256:${s.digest?.sha256}`);
    check.subjectMatches = subjects.includes(modelDigest);
    try {
      const signer = (await verifierFor(bundle, options.trustedRoot))(json);
      check.signature = true;
      check.signer = signer.identity?.subjectAlternativeName;
      check.issuer = signer.identity?.extensions?.issuer;
    } catch (err) {
      if (err instanceof UserError) throw err;
      check.problem = `signature not verified: ${describeError(err)}`;
    }
    if (!check.subjectMatches) check.problem = [check.problem, `signed about ${subjects.join(', ') || 'no sha256'}, not this model.onnx (${modelDigest})`].filter(Boolean).join('; ');
    checks.push(check);
  }
  return checks;
}
