import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  cachedSha256File,
  digestCacheFor
} from "./chunk-BUZWYCFG.mjs";
import {
  resolveOutputDir
} from "./chunk-QNHP6EUZ.mjs";
import {
  publishOutputDir,
  resolveInputPath
} from "./chunk-6AG5JHL2.mjs";
import {
  writeOutputManifest
} from "./chunk-HVFF6HEQ.mjs";
import {
  parseBooleanInput,
  parseListInput,
  requireInput
} from "./chunk-F2MZNOSI.mjs";
import {
  writeFileAtomic,
  writeJsonAtomic
} from "./chunk-GCHFRX7U.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";

// shared/publish/step.ts
import { readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
var IN_TOTO = "application/vnd.in-toto+json";
var SIGNATURE_READ_LIMIT = 512 * 1024 * 1024;
async function readJsonInput(host, input, what) {
  const raw = host.input(input).trim();
  if (!raw) return void 0;
  const path = await resolveInputPath(host, input, raw);
  const bytes = await readFile(path).catch((err) => {
    throw new UserError(`The ${what} ${path} cannot be read (${err.code ?? err.message}).`, `input ${input}`, `Point ${input} at the ${what} an earlier step wrote (a path or artifact:NAME/file).`);
  });
  try {
    return { bytes, value: JSON.parse(bytes.toString("utf8")), path };
  } catch {
    throw new UserError(`The ${what} ${path} is not JSON.`, `input ${input}`, `Point ${input} at the ${what} an earlier step wrote.`);
  }
}
function runUrl(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
var publishModelStep = {
  name: "publish-model",
  description: "Publishes a gated ONNX model as an immutable version (an OCI artifact in the CNCF ModelPack format) in a model registry, moves aliases, and writes its model card and provenance.",
  inputs: {
    model: { description: "The ONNX model to publish: a path, or artifact:NAME/model.onnx.", required: true },
    name: { description: 'The model name in the registry: lower-case letters and digits separated by ".", "_" or "-".', required: true },
    registry: { description: "Where to publish: oci://HOST/PATH (a registry such as oci://ghcr.io/OWNER/models) or a local folder. Empty: MLCI_REGISTRY, else ./mlci-registry.", default: "" },
    version: { description: "The version to publish as (immutable; e.g. a git tag such as 1.2.0). Empty: the next v<n>. The same bytes again are a no-op; other bytes under a taken version are refused.", default: "" },
    aliases: { description: 'Aliases to move to this version, comma- or newline-separated (e.g. champion). Letters, digits, "_" and "-"; latest and v<digits> are reserved.', default: "" },
    verdict: { description: "evaluate-gate's verdict.json. When set, a failed verdict, or one about other model bytes, is refused; an override by label is published and says so. Empty: no gate check.", default: "" },
    metrics: { description: "evaluate-gate's metrics.json, packaged and summarised in the model card.", default: "" },
    lineage: { description: "train-model's lineage.json, packaged and used for the card and the provenance.", default: "" },
    statistics: { description: "validate-data's statistics.json of the training data, packaged and summarised in the card.", default: "" },
    card: { description: "A YAML file of the model card's human parts: title, description, intended_use, limitations, ethical_considerations, license, owners, tags.", default: "" },
    reason: { description: "Why the aliases move, kept in the alias history.", default: "" },
    attest: { description: "Sign the provenance and verdict statements with Sigstore (@actions/attest) and store them as GitHub attestations; needs id-token: write and attestations: write. true: sign or fail; auto: sign when the job has an OIDC token; false: unsigned statements only (always written to output-dir).", default: "false" },
    release: { description: "Also attach the model, its model card (also the release notes) and a sha256sum file to the GitHub release of the tag (created when absent; needs contents: write). Assets already there with the same sha256 are kept; other bytes are refused, never replaced.", default: "false" },
    "release-tag": { description: "The tag whose release gets the assets. Empty: the tag this run is for (GITHUB_REF refs/tags/\u2026).", default: "" },
    "github-token": { description: "Token for the GitHub release and the attestations (CLI: the GITHUB_TOKEN environment variable).", default: "${{ github.token }}" },
    "output-dir": { description: "Where the model card, the in-toto statements and manifest.json are written. Default: a folder under the runner temp dir (CLI: ./mlci-output/publish-model).", default: "" },
    "upload-artifact": { description: "Upload output-dir as an artifact of this name. Empty: no upload.", default: "" }
  },
  outputs: {
    version: { description: "The version published (or the existing one holding the same bytes)." },
    digest: { description: "The OCI manifest digest (sha256:\u2026) of the version." },
    "model-digest": { description: "The sha256 of model.onnx, as verdict.json names it." },
    reference: { description: "The version pinned by digest: STORE/NAME@sha256:\u2026, for deploy and mlci serve." },
    "card-file": { description: "Path of model-card.md." },
    "output-dir": { description: "The directory holding the card, the statements and manifest.json." },
    status: { description: '"published", or "unchanged" when these bytes were already a version.' },
    "release-url": { description: "The GitHub release the assets are attached to (release: true); empty otherwise." }
  },
  async run(host) {
    const startedOn = (/* @__PURE__ */ new Date()).toISOString();
    const { checkAlias, checkModelName, checkVersion, defaultRegistryLocation, formatModelReference, openRegistry } = await import("./registry-ZVOBGJJG.mjs");
    const { checkBlessing } = await import("./blessing-GHQRIGAK.mjs");
    const { parseCardText } = await import("./card-input-DDL7LWZC.mjs");
    const { renderModelCard } = await import("./model-card-QOBVPFW4.mjs");
    const { buildContext, provenanceStatement, testResultStatement } = await import("./provenance-ILJFM4XK.mjs");
    const { renderPublishSection } = await import("./report-EMFLWAEO.mjs");
    const name = checkModelName(requireInput("name", host.input("name"), "Set name to the model name, e.g. churn."), "input name");
    const version = host.input("version").trim() || void 0;
    if (version) checkVersion(version, "input version");
    const aliases = parseListInput(host.input("aliases")).map((a) => checkAlias(a, "input aliases"));
    const attest = await attestMode(host);
    const location = defaultRegistryLocation(host.env, host.input("registry"));
    const release = parseBooleanInput("release", host.input("release"), false) ? (await import("./release-6BR6XNRZ.mjs")).releaseSettings(host.input("release-tag"), host.input("github-token"), host.env) : void 0;
    const modelFile = await resolveInputPath(host, "model", requireInput("model", host.input("model"), "Set model to the ONNX file (or artifact:NAME/model.onnx)."));
    const modelStat = await stat(modelFile).catch(() => void 0);
    if (!modelStat?.isFile()) throw new UserError(`The model ${modelFile} is not a file.`, "input model", "Point model at the .onnx file to publish.");
    const modelDigest = await cachedSha256File(modelFile, digestCacheFor(host.env));
    const verdict = await readJsonInput(host, "verdict", "verdict file");
    const metrics = await readJsonInput(host, "metrics", "metrics file");
    const blessing = checkBlessing(verdict?.value, modelDigest, verdict ? `input verdict (${verdict.path})` : "input verdict", metrics?.value.gate);
    if (blessing.status === "overridden" || blessing.status === "no-verdict") host.logger.warning(blessing.message);
    else host.logger.info(blessing.message);
    const outputDir = await resolveOutputDir(host, "publish-model");
    if (metrics && metrics.value.model?.sha256 && metrics.value.model.sha256 !== modelDigest.slice(7)) {
      host.logger.warning(`metrics.json was measured on another model (sha256 ${metrics.value.model.sha256}); it is packaged as given.`);
    }
    const lineage = await readJsonInput(host, "lineage", "lineage file");
    const statistics = await readJsonInput(host, "statistics", "statistics file");
    const cardPath = host.input("card").trim();
    let card = {};
    if (cardPath) {
      const path = await resolveInputPath(host, "card", cardPath);
      const text = await readFile(path, "utf8").catch(() => {
        throw new UserError(`The model card text ${path} cannot be read.`, "input card", "Point card at a YAML file in your repository, e.g. .mlci/model-card.yml.");
      });
      card = parseCardText(text, path);
    }
    let signature;
    if (modelStat.size <= SIGNATURE_READ_LIMIT) {
      const { readModelSignature } = await import("./signature-6U6UJ57X.mjs");
      try {
        signature = readModelSignature(await readFile(modelFile));
      } catch (err) {
        throw new UserError(`${modelFile} is not a readable ONNX model: ${err.message}`, "input model", "Publish the .onnx file that train-model wrote and evaluate-gate judged.");
      }
    } else {
      host.logger.info(`The model is ${modelStat.size} bytes; its signature is left out of the card.`);
    }
    const registry = openRegistry(location, { env: host.env, logger: host.logger });
    const cardFor = (v) => renderModelCard({
      name,
      version: v,
      reference: formatModelReference({ store: location, name, version: v }),
      modelDigest,
      modelBytes: modelStat.size,
      signature,
      metrics: metrics?.value,
      verdict: verdict?.value,
      blessing,
      lineage: lineage?.value,
      statistics: statistics?.value,
      card
    });
    const git = lineage?.value.git;
    const result = await registry.publish({
      name,
      version,
      modelFile,
      // hashed above for the blessing check: the registry does not read the file again for it
      modelDigest,
      aliases,
      why: { actor: host.env.GITHUB_ACTOR || host.env.USER || void 0, runUrl: runUrl(host.env), reason: host.input("reason").trim() || `published by publish-model` },
      about: {
        title: card.title,
        description: card.description?.split("\n")[0],
        licenses: card.license ? [card.license] : void 0,
        authors: card.owners,
        source: host.env.GITHUB_REPOSITORY ? `${host.env.GITHUB_SERVER_URL || "https://github.com"}/${host.env.GITHUB_REPOSITORY}` : git?.repository,
        revision: host.env.GITHUB_SHA || git?.commit,
        datasets: lineage?.value.data.map((d) => d.path)
      },
      docs: async (v) => ({
        "model-card.md": Buffer.from(cardFor(v)),
        ...metrics ? { "metrics.json": metrics.bytes } : {},
        ...verdict ? { "verdict.json": verdict.bytes } : {},
        ...lineage ? { "lineage.json": lineage.bytes } : {},
        ...statistics ? { "statistics.json": statistics.bytes } : {}
      }),
      progress: progressLogger(host, modelStat.size)
    });
    const cardFile = join(outputDir, "model-card.md");
    await writeFileAtomic(cardFile, cardFor(result.version));
    const subjectName = `${name}/${basename(modelFile)}`;
    const statements = ["provenance.intoto.json"];
    await writeJsonAtomic(
      join(outputDir, statements[0]),
      provenanceStatement({ modelSha256: modelDigest, subjectName, build: buildContext(host.env, startedOn), lineage: lineage?.value, parameters: { name, registry: location, version: result.version, aliases, reference: result.reference } })
    );
    if (verdict) {
      statements.push("verdict.intoto.json");
      await writeJsonAtomic(join(outputDir, statements[1]), testResultStatement({ modelSha256: modelDigest, subjectName, verdict: verdict.value, url: runUrl(host.env) }));
    }
    const bundles = attest ? await signAndStore(host, outputDir, statements, registry, name, result.version) : [];
    let attached = "already attached to this version";
    const missing = result.status === "published" || !(await registry.attachments(name, result.version)).some((a) => a.artifactType === IN_TOTO);
    if (missing) {
      const files = await Promise.all(statements.map(async (file) => ({ name: file, mediaType: IN_TOTO, bytes: await readFile(join(outputDir, file)) })));
      const outcome = await registry.attach(name, result.version, IN_TOTO, files);
      attached = outcome === "skipped" ? "not attached (ghcr.io has no referrers API; they are in output-dir)" : `attached to the version as referrer ${outcome.digest} (${outcome.via === "api" ? "referrers API" : `fallback tag sha256-\u2026`})`;
      host.logger.info(`In-toto statements ${attached}.`);
    }
    let released;
    if (release) {
      const { publishRelease, releaseAssets } = await import("./release-6BR6XNRZ.mjs");
      const cardText = await readFile(cardFile, "utf8");
      const assets = await releaseAssets({ name, version: result.version, modelFile, modelDigest, modelBytes: modelStat.size, cardFile, cardText, dir: outputDir });
      released = await publishRelease(release, `${release.tag}: ${name} ${result.version}`, cardText, assets, host.logger);
    }
    await writeJsonAtomic(join(outputDir, "publish.json"), { schema: "mlci/publish@1", ...result, blessing, statements: attached, ...bundles.length ? { attestations: bundles } : {}, ...released ? { release: released } : {} });
    await writeOutputManifest(outputDir, "publish-model");
    await publishOutputDir(host, outputDir);
    await host.summary(renderPublishSection(result, blessing, { card: cardFile, statements, attached, release: released, signed: bundles }));
    host.setOutput("version", result.version);
    host.setOutput("digest", result.manifestDigest);
    host.setOutput("model-digest", result.modelDigest);
    host.setOutput("reference", result.reference);
    host.setOutput("card-file", cardFile);
    host.setOutput("output-dir", outputDir);
    host.setOutput("status", result.status);
    host.setOutput("release-url", released?.url ?? "");
    return {};
  }
};
async function attestMode(host) {
  const raw = host.input("attest").trim().toLowerCase() || "false";
  if (raw !== "auto") {
    if (!parseBooleanInput("attest", raw, false)) return false;
  }
  const { missingOidcError, oidcAvailable } = await import("./attest-OCI3INAS.mjs");
  if (oidcAvailable(host.env)) return true;
  if (raw === "auto") {
    host.logger.info("attest: auto: this job has no OIDC token (no id-token: write), so the statements are left unsigned.");
    return false;
  }
  throw missingOidcError();
}
async function signAndStore(host, outputDir, files, registry, name, version) {
  const { SIGSTORE_BUNDLE, signStatements } = await import("./attest-OCI3INAS.mjs");
  const statements = await Promise.all(files.map(async (file) => ({ file, statement: JSON.parse(await readFile(join(outputDir, file), "utf8")) })));
  const token = host.input("github-token").trim() || host.env.GITHUB_TOKEN || void 0;
  if (!token) host.logger.warning("attest: no GitHub token, so the signed statements are not stored as GitHub attestations (they are in output-dir).");
  const signed = await signStatements(statements, { token, logger: host.logger });
  const out = [];
  for (const s of signed) {
    const file = s.file.replace(/\.intoto\.json$/, ".sigstore.json");
    const bytes = Buffer.from(`${JSON.stringify(s.bundle, null, 2)}
`);
    await writeFileAtomic(join(outputDir, file), bytes);
    const outcome = await registry.attach(name, version, SIGSTORE_BUNDLE, [{ name: file, mediaType: SIGSTORE_BUNDLE, bytes }]);
    out.push({ statement: s.file, bundle: file, attestationId: s.attestationId ?? null, tlogIndex: s.tlogId ?? null, referrer: outcome === "skipped" ? null : outcome.digest });
  }
  return out;
}
function progressLogger(host, total) {
  if (total < 64 * 1024 * 1024) return void 0;
  let next = 0.1;
  return (sent) => {
    if (sent / total >= next) {
      host.logger.info(`model.onnx: ${Math.floor(sent / total * 100)}% uploaded`);
      next += 0.1;
    }
  };
}

export {
  publishModelStep
};
