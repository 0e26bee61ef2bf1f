import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  consoleLogger
} from "./chunk-QFLC6WXB.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import "./chunk-4NDXX6IS.mjs";

// cli/registry.ts
var HELP = `mlci registry: the model registry (versions, aliases and their history).

Usage:
  mlci registry list                               model names, with their versions and aliases
  mlci registry versions NAME                      every version: digest, model sha256, aliases
  mlci registry show REF                           what a reference resolves to
  mlci registry history NAME [--alias A]           every alias move: when, who, from, to, why
  mlci registry promote NAME VERSION --alias A     point alias A at VERSION (recorded in the history)
  mlci registry rollback NAME --alias A            move alias A back to its previous version
  mlci registry pull REF --output DIR              the model and its documents, every blob verified
  mlci registry verify REF [--bundle F]            check every digest of a version, and its Sigstore signatures

Flags:
  --registry R   the store: oci://HOST/PATH or a folder (default: MLCI_REGISTRY, else ./mlci-registry)
  --reason TEXT  why an alias moves (promote, rollback); kept in the history
  --actor NAME   who moves it (default: GITHUB_ACTOR or USER)
  --json         print JSON instead of text
  --bundle F     (verify) also check this Sigstore bundle file (e.g. from gh attestation download); repeatable
  --trusted-root F  (verify) a Sigstore trusted_root.json (gh attestation trusted-root): offline, and
                 needed for GitHub's private-repository Sigstore. Default: public-good Sigstore via TUF

REF is [STORE/]NAME[:VERSION | @ALIAS | @sha256:HEX], e.g. demo@champion or oci://ghcr.io/acme/models/demo:v3.
`;
var VALUE_FLAGS = /* @__PURE__ */ new Set(["registry", "alias", "output", "reason", "actor", "bundle", "trusted-root"]);
var REPEATED_FLAGS = /* @__PURE__ */ new Set(["bundle"]);
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["json", "help"]);
function parse(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h") {
      flags.help = "true";
      continue;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (BOOLEAN_FLAGS.has(name)) flags[name] = "true";
    else if (VALUE_FLAGS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === void 0) throw new UserError(`--${name} needs a value.`, "command line", "See mlci registry --help.");
      flags[name] = REPEATED_FLAGS.has(name) && flags[name] ? `${flags[name]}
${value}` : value;
    } else throw new UserError(`mlci registry has no flag --${name}.`, "command line", `Flags are ${[...VALUE_FLAGS, ...BOOLEAN_FLAGS].map((f) => `--${f}`).join(", ")}.`);
  }
  return { positional, flags };
}
function need(positional, index, what, usage) {
  const value = positional[index];
  if (!value) throw new UserError(`mlci registry ${positional[0]} needs ${what}.`, "command line", `Usage: mlci registry ${usage}`);
  return value;
}
async function runRegistryCommand(argv, out = process.stdout, env = process.env) {
  const { positional, flags } = parse(argv);
  const sub = positional[0];
  if (!sub || flags.help || sub === "help") {
    out.write(HELP);
    return 0;
  }
  const reg = await import("./registry-ZVOBGJJG.mjs");
  const logger = consoleLogger(process.stderr, process.stderr);
  const location = reg.defaultRegistryLocation(env, flags.registry);
  const json = flags.json === "true";
  const print = (value, text) => out.write(json ? `${JSON.stringify(value, null, 2)}
` : `${text}
`);
  const ref = (text) => reg.parseModelReference(text, location);
  const open = (store) => reg.openRegistry(store, { env, logger });
  const why = { actor: flags.actor || env.GITHUB_ACTOR || env.USER || void 0, reason: flags.reason || void 0 };
  const alias = () => {
    if (!flags.alias) throw new UserError(`mlci registry ${sub} needs --alias.`, "command line", `e.g. --alias champion`);
    return flags.alias;
  };
  switch (sub) {
    case "list": {
      const registry = open(location);
      const rows = [];
      const names = /^oci:\/\/ghcr\.io\//.test(location) ? await (await import("./packages-GX3Z2E37.mjs")).ghcrModelNames(location, env, logger) : await registry.names();
      for (const name of names) {
        const versions = await registry.versions(name);
        rows.push({ name, versions: versions.length, latest: versions.at(-1)?.version ?? null, aliases: await registry.aliases(name) });
      }
      print(rows, rows.length ? rows.map((r) => `${r.name}  ${r.versions} version(s), newest ${r.latest}  ${Object.entries(r.aliases).map(([a, v]) => `@${a}=${v}`).join(" ")}`).join("\n") : `no models in ${location}`);
      return 0;
    }
    case "versions": {
      const name = reg.checkModelName(need(positional, 1, "a model name", "versions NAME"));
      const versions = await open(location).versions(name);
      print(versions, versions.map((v) => `${v.version}  ${v.manifestDigest}  model ${v.modelDigest}  ${v.created ?? ""}  ${v.aliases.map((a) => `@${a}`).join(" ")}`).join("\n") || `${name} has no versions in ${location}`);
      return 0;
    }
    case "show": {
      const r = ref(need(positional, 1, "a reference", "show REF"));
      const resolved = await open(r.store).resolve(r);
      const pinned = reg.formatModelReference({ store: r.store, name: r.name, digest: resolved.manifestDigest });
      print({ ...resolved, reference: pinned }, `${reg.formatModelReference(r)}
  version    ${resolved.version}
  manifest   ${resolved.manifestDigest}
  model.onnx ${resolved.modelDigest}
  pinned     ${pinned}`);
      return 0;
    }
    case "history": {
      const name = reg.checkModelName(need(positional, 1, "a model name", "history NAME [--alias A]"));
      const moves = await open(location).aliasHistory(name, flags.alias);
      print(moves, moves.map((m) => `${m.at}  @${m.alias}  ${m.from ?? "(unset)"} \u2192 ${m.to ?? "(unset)"}${m.actor ? `  by ${m.actor}` : ""}${m.reason ? `  "${m.reason}"` : ""}${m.runUrl ? `  ${m.runUrl}` : ""}`).join("\n") || `no alias moves for ${name}`);
      return 0;
    }
    case "promote": {
      const name = reg.checkModelName(need(positional, 1, "a model name", "promote NAME VERSION --alias A"));
      const version = reg.checkVersion(need(positional, 2, "a version", "promote NAME VERSION --alias A"));
      const move = await open(location).moveAlias(name, alias(), version, why);
      print(move, `${name}@${move.alias}: ${move.from ?? "(unset)"} \u2192 ${move.to}`);
      return 0;
    }
    case "rollback": {
      const name = reg.checkModelName(need(positional, 1, "a model name", "rollback NAME --alias A"));
      const move = await open(location).rollbackAlias(name, alias(), why);
      print(move, `${name}@${move.alias}: ${move.from} \u2192 ${move.to} (rollback)`);
      return 0;
    }
    case "pull": {
      const r = ref(need(positional, 1, "a reference", "pull REF --output DIR"));
      if (!flags.output) throw new UserError("mlci registry pull needs --output DIR.", "command line", "e.g. --output ./model");
      const pulled = await open(r.store).pull(r, flags.output);
      print(pulled, `${pulled.name}:${pulled.version} \u2192 ${pulled.modelFile}${Object.keys(pulled.files).length ? ` (+ ${Object.keys(pulled.files).sort().join(", ")})` : ""}`);
      return 0;
    }
    case "verify": {
      const r = ref(need(positional, 1, "a reference", "verify REF"));
      const { verifyVersion } = await import("./registry-verify-FBTPVINH.mjs");
      const { report, text } = await verifyVersion(open(r.store), r, { bundles: flags.bundle ? flags.bundle.split("\n") : [], trustedRoot: flags["trusted-root"] });
      print(report, text);
      return 0;
    }
    default:
      throw new UserError(`mlci registry has no sub-command "${sub}".`, "command line", "Sub-commands: list, versions, show, history, promote, rollback, pull, verify (mlci registry --help).");
  }
}
export {
  runRegistryCommand
};
