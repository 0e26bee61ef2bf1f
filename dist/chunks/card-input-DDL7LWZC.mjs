import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  require_dist
} from "./chunk-MHOJOIAV.mjs";
import {
  UserError
} from "./chunk-PWERFMPE.mjs";
import {
  __toESM
} from "./chunk-4NDXX6IS.mjs";

// shared/publish/card-input.ts
var import_yaml = __toESM(require_dist(), 1);
var TEXT_FIELDS = ["title", "description", "intended_use", "limitations", "ethical_considerations", "license"];
var LIST_FIELDS = ["owners", "tags"];
function parseCardText(text, where) {
  let value;
  try {
    value = (0, import_yaml.parse)(text);
  } catch (err) {
    throw new UserError(`The model card text is not valid YAML: ${err.message.split("\n")[0]}`, where, "Fix the YAML (a mapping with intended_use, limitations, license, owners \u2026).");
  }
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new UserError("The model card text must be a YAML mapping.", where, "Write keys such as intended_use: and limitations:.");
  const record = value;
  const known = /* @__PURE__ */ new Set([...TEXT_FIELDS, ...LIST_FIELDS]);
  const unknown = Object.keys(record).filter((k) => !known.has(k));
  if (unknown.length) throw new UserError(`The model card text has unknown keys: ${unknown.join(", ")}.`, where, `Use only ${[...known].join(", ")}.`);
  const card = {};
  for (const key of TEXT_FIELDS) {
    const v = record[key];
    if (v === void 0 || v === null) continue;
    if (typeof v !== "string") throw new UserError(`"${key}" in the model card text must be text.`, where, `Write ${key}: followed by text (use | for several lines).`);
    card[key] = v;
  }
  for (const key of LIST_FIELDS) {
    const v = record[key];
    if (v === void 0 || v === null) continue;
    const list = typeof v === "string" ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new UserError(`"${key}" in the model card text must be a list of text.`, where, `Write ${key}: [a, b].`);
    card[key] = list;
  }
  return card;
}
export {
  parseCardText
};
