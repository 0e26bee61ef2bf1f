import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  formatModelReference
} from "./chunk-27P5OVY4.mjs";
import "./chunk-CD26EGYZ.mjs";
import "./chunk-EJIIICSG.mjs";
import "./chunk-BUZWYCFG.mjs";
import "./chunk-BFI5XRZB.mjs";
import "./chunk-42RCFE6G.mjs";
import "./chunk-GCHFRX7U.mjs";
import "./chunk-WVQARYMP.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// cli/registry-verify.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
function parseJson(bytes) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
async function bundleFile(path) {
  const bytes = await readFile(path).catch((err) => {
    throw new UserError(`The bundle ${path} cannot be read (${err.code ?? err.message}).`, "--bundle", "Point --bundle at a Sigstore bundle (.sigstore.json, or a line of gh attestation download's .jsonl).");
  });
  const json = parseJson(bytes) ?? parseJson(Buffer.from(bytes.toString("utf8").split("\n")[0] ?? ""));
  if (json === void 0) throw new UserError(`The bundle ${path} is not JSON.`, "--bundle", "Point --bundle at a Sigstore bundle file.");
  return { source: path, json };
}
async function verifyVersion(registry, ref, options) {
  const dir = await mkdtemp(join(tmpdir(), "mlci-verify-"));
  try {
    const pulled = await registry.pull(ref, dir, { layerDigests: true });
    const checked = ["manifest", "config", "model.onnx", ...Object.keys(pulled.files).sort()];
    const statements = [];
    const bundles = [];
    for (const attachment of await registry.attachments(pulled.name, pulled.version)) {
      for (const file of attachment.files) {
        const json = parseJson(file.bytes);
        if (attachment.artifactType === SIGSTORE_BUNDLE) {
          bundles.push({ source: `referrer ${attachment.digest} ${file.name}`, json });
          continue;
        }
        if (!json?._type?.startsWith("https://in-toto.io/Statement/")) continue;
        const matches = (json.subject ?? []).some((s) => `sha256:${s.digest?.sha256}` === pulled.modelDigest);
        statements.push({ file: file.name, predicateType: json.predicateType, subjectMatches: matches });
      }
    }
    for (const path of options.bundles) bundles.push(await bundleFile(path));
    let signatures = [];
    if (bundles.length) {
      const { verifyBundles } = await import("./verify-bundles-DGFDB5H2.mjs");
      signatures = await verifyBundles(bundles, pulled.modelDigest, { trustedRoot: options.trustedRoot });
    }
    const where = formatModelReference(ref);
    const badStatements = statements.filter((s) => !s.subjectMatches);
    if (badStatements.length) {
      throw new UserError(`${pulled.name}:${pulled.version} carries statements about another file: ${badStatements.map((s) => s.file).join(", ")}.`, where, "Do not trust this version; publish it again from the gated file.");
    }
    const badBundles = signatures.filter((b) => !b.signature || !b.subjectMatches);
    if (badBundles.length) {
      throw new UserError(
        `${pulled.name}:${pulled.version} has Sigstore bundles that do not hold: ${badBundles.map((b) => `${b.source}: ${b.problem}`).join("; ")}.`,
        where,
        options.trustedRoot ? "Do not trust this version. If it was signed by another Sigstore instance, pass that instance's trusted root (gh attestation trusted-root)." : "Do not trust this version. A bundle from a private repository is signed by GitHub's own Sigstore: pass --trusted-root with the output of gh attestation trusted-root."
      );
    }
    const about = statements.length ? `${statements.length} in-toto statement(s) attached, each about this model.onnx (${statements.map((s) => s.predicateType).join(", ")})` : "no in-toto statements attached";
    const signed = signatures.length ? signatures.map((b) => `
    ok  ${b.source}: signature verified (${b.signer ?? "no identity"}${b.issuer ? `, issuer ${b.issuer}` : ""}); signed subject = this model.onnx; ${b.predicateType}`).join("") : " none (no Sigstore bundle attached or given)";
    const report = { ok: true, name: pulled.name, version: pulled.version, manifestDigest: pulled.manifestDigest, modelDigest: pulled.modelDigest, checked, statements, bundles: signatures };
    const text = `ok  ${pulled.name}:${pulled.version} ${pulled.manifestDigest}
    every blob matches its digest; model.onnx sha256 ${pulled.modelDigest}
    checked: ${checked.join(", ")}
    attestations: ${about}
    signatures:${signed}`;
    return { report, text };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
export {
  verifyVersion
};
