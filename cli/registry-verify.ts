// `mlci registry verify REF`: every digest of a version (by pulling it), the in-toto statements
// attached to it, and the Sigstore bundles attached or given, each reported as a check.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../shared/errors.js';
import type { BundleCheck, BundleSource } from '../shared/publish/verify-bundles.js';
import { formatModelReference, type ModelReference, type OciModelRegistry } from '../shared/registry/index.js';

const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

interface StatementCheck {
  file: string;
  predicateType?: string;
  subjectMatches: boolean;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function bundleFile(path: string): Promise<BundleSource> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new UserError(`The bundle ${path} cannot be read (${err.code ?? err.message}).`, '--bundle', 'Point --bundle at a Sigstore bundle (.sigstore.json, or a line of gh attestation download\'s .jsonl).');
  });
  const json = parseJson(bytes) ?? parseJson(Buffer.from(bytes.toString('utf8').split('\n')[0] ?? ''));
  if (json === undefined) throw new UserError(`The bundle ${path} is not JSON.`, '--bundle', 'Point --bundle at a Sigstore bundle file.');
  return { source: path, json };
}

export async function verifyVersion(registry: OciModelRegistry, ref: ModelReference, options: { bundles: string[]; trustedRoot?: string }) {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-verify-'));
  try {
    // every blob's own digest too, the weight layer's included: an audit, not a fast pull
    const pulled = await registry.pull(ref, dir, { layerDigests: true });
    const checked = ['manifest', 'config', 'model.onnx', ...Object.keys(pulled.files).sort()];
    // attached statements must be about this very file (a signature alone would not say so)
    const statements: StatementCheck[] = [];
    const bundles: BundleSource[] = [];
    for (const attachment of await registry.attachments(pulled.name, pulled.version)) {
      for (const file of attachment.files) {
        const json = parseJson(file.bytes) as { _type?: string; predicateType?: string; subject?: { digest?: { sha256?: string } }[] } | undefined;
        if (attachment.artifactType === SIGSTORE_BUNDLE) {
          bundles.push({ source: `referrer ${attachment.digest} ${file.name}`, json });
          continue;
        }
        if (!json?._type?.startsWith('https://in-toto.io/Statement/')) continue;
        const matches = (json.subject ?? []).some((s) => `sha256:${s.digest?.sha256}` === pulled.modelDigest);
        statements.push({ file: file.name, predicateType: json.predicateType, subjectMatches: matches });
      }
    }
    for (const path of options.bundles) bundles.push(await bundleFile(path));
    let signatures: BundleCheck[] = [];
    if (bundles.length) {
      const { verifyBundles } = await import('../shared/publish/verify-bundles.js');
      signatures = await verifyBundles(bundles, pulled.modelDigest, { trustedRoot: options.trustedRoot });
    }
    const where = formatModelReference(ref);
    const badStatements = statements.filter((s) => !s.subjectMatches);
    if (badStatements.length) {
      throw new UserError(`${pulled.name}:${pulled.version} carries statements about another file: ${badStatements.map((s) => s.file).join(', ')}.`, where, 'Do not trust this version; publish it again from the gated file.');
    }
    const badBundles = signatures.filter((b) => !b.signature || !b.subjectMatches);
    if (badBundles.length) {
      throw new UserError(
        `${pulled.name}:${pulled.version} has Sigstore bundles that do not hold: ${badBundles.map((b) => `${b.source}: ${b.problem}`).join('; ')}.`,
        where,
        options.trustedRoot
          ? 'Do not trust this version. If it was signed by another Sigstore instance, pass that instance\'s trusted root (gh attestation trusted-root).'
          : 'Do not trust this version. A bundle from a private repository is signed by GitHub\'s own Sigstore: pass --trusted-root with the output of gh attestation trusted-root.',
      );
    }
    const about = statements.length ? `${statements.length} in-toto statement(s) attached, each about this model.onnx (${statements.map((s) => s.predicateType).join(', ')})` : 'no in-toto statements attached';
    const signed = signatures.length
      ? signatures.map((b) => `\n    ok  ${b.source}: signature verified (${b.signer ?? 'no identity'}${b.issuer ? `, issuer ${b.issuer}` : ''}); signed subject = this model.onnx; ${b.predicateType}`).join('')
      : ' none (no Sigstore bundle attached or given)';
    const report = { ok: true, name: pulled.name, version: pulled.version, manifestDigest: pulled.manifestDigest, modelDigest: pulled.modelDigest, checked, statements, bundles: signatures };
    const text = `ok  ${pulled.name}:${pulled.version} ${pulled.manifestDigest}\n    every blob matches its digest; model.onnx sha256 ${pulled.modelDigest}\n    checked: ${checked.join(', ')}\n    attestations: ${about}\n    signatures:${signed}`;
    return { report, text };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
