import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  UserError,
  describeError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// shared/publish/verify-bundles.ts
import { readFile } from "node:fs/promises";
var IN_TOTO_PAYLOAD = "application/vnd.in-toto+json";
async function verifierFor(bundle, trustedRoot) {
  const tlogThreshold = bundle.verificationMaterial?.tlogEntries?.length ? 1 : 0;
  if (!trustedRoot) {
    const sigstore = await import("./dist-IPWFU7ZO.mjs");
    const verifier2 = await sigstore.createVerifier({ tlogThreshold });
    return (b) => verifier2.verify(b);
  }
  const [{ bundleFromJSON }, { toSignedEntity, toTrustMaterial, Verifier }, { TrustedRoot }] = await Promise.all([import("./dist-Q7XHEV44.mjs"), import("./dist-6K2BHXTT.mjs"), import("./dist-TBVCDTY3.mjs")]);
  const text = await readFile(trustedRoot, "utf8").catch((err) => {
    throw new UserError(`The trusted root ${trustedRoot} cannot be read (${err.code ?? err.message}).`, "--trusted-root", "Point --trusted-root at a trusted_root.json (gh attestation trusted-root prints GitHub's and the public-good one).");
  });
  let root;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text.split("\n").find((l) => l.trim()) ?? ""));
  } catch (err) {
    throw new UserError(`The trusted root ${trustedRoot} is not a Sigstore trusted_root.json (${describeError(err)}).`, "--trusted-root", "Use the JSON that gh attestation trusted-root prints (one root per line).");
  }
  const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold, ctlogThreshold: 1, timestampThreshold: 1 });
  return (b) => verifier.verify(toSignedEntity(bundleFromJSON(b)));
}
function statementOf(bundle) {
  const envelope = bundle.dsseEnvelope;
  if (!envelope?.payload) return "the bundle holds no DSSE envelope (not an attestation)";
  if (envelope.payloadType !== IN_TOTO_PAYLOAD) return `the envelope's payload is ${envelope.payloadType}, not an in-toto statement`;
  try {
    return JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
  } catch {
    return "the envelope payload is not JSON";
  }
}
async function verifyBundles(bundles, modelDigest, options) {
  const checks = [];
  for (const { source, json } of bundles) {
    const bundle = json;
    const check = { source, signature: false, subjectMatches: false };
    const statement = statementOf(bundle);
    if (typeof statement === "string") {
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
    if (!check.subjectMatches) check.problem = [check.problem, `signed about ${subjects.join(", ") || "no sha256"}, not this model.onnx (${modelDigest})`].filter(Boolean).join("; ");
    checks.push(check);
  }
  return checks;
}
export {
  verifyBundles
};
