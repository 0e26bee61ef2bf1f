import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }
import {
  didYouMean
} from "./chunk-43IUD2SB.mjs";
import {
  configError
} from "./chunk-3S52KM2R.mjs";

// shared/config/schema-errors.ts
function schemaError(errors, file, locator, words) {
  const explained = errors.flatMap((error) => explain(error, errors, file, locator, words) ?? []);
  explained.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  const first = explained[0];
  if (!first) return configError(file, 1, `The ${words.what} does not match its format.`, `See ${words.docs} for the keys it may use.`);
  const others = new Set(explained.map((e) => e.location?.line)).size - 1;
  if (others > 0) {
    return configError(file, first.location?.line, `${first.what} (The file has ${others} more problem${others === 1 ? "" : "s"} after this one.)`, first.fix ?? "");
  }
  return first;
}
function explain(error, all, file, locator, words) {
  const docs = `See ${words.docs} for the format.`;
  const path = pointerToPath(error.instancePath);
  const name = path.length ? `"${path.join(".")}"` : "the top level";
  const value = error.data;
  const at = (line, what, fix) => configError(file, line, what, fix);
  if (error.keyword === "if") return void 0;
  if (insideAnyOf(error, all)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return at(
        locator.keyLine([...path, key]),
        `Unknown key "${key}" in ${name}.${didYouMean(key, allowed)}`,
        `Use one of: ${allowed.join(", ")}.`
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return at(
        locator.keyLine([...path, key]),
        `"${key}" in ${name} is not ${words.keyNames?.what ?? "an allowed key"}.`,
        words.keyNames?.fix ?? docs
      );
    }
    case "pattern":
      if (error.propertyName !== void 0) return void 0;
      return at(
        locator.valueLine(path),
        `${name} is "${String(value)}", which is not a rule.`,
        words.patternFix ?? docs
      );
    case "anyOf":
      return at(
        locator.valueLine(path),
        `${name} is ${JSON.stringify(value)}, not a relative limit.`,
        'Write a fraction such as 0.05 or a percentage such as "5%".'
      );
    case "type": {
      const expected = String(error.params.type);
      if (error.schemaPath.endsWith("/else/type")) {
        return at(
          locator.valueLine(path),
          `The rules of ${name} are ${describeValue(value)}, not a mapping of rules.`,
          'Write a mapping such as { min: 0.9, max_drop: 0.01 } or a shorthand string such as ">= 0.9".'
        );
      }
      return at(
        locator.valueLine(path),
        `${name} is ${describeValue(value)}, but it must be ${article(expected)} ${expected === "integer" ? "whole number" : expected}.`,
        TYPE_FIXES[expected] ?? docs
      );
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? error.params.allowedValues : [error.params.allowedValue];
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, which is not allowed.${didYouMean(String(value), allowed.map(String))}`, `Use one of: ${allowed.map(String).join(", ")}.`);
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const { comparison, limit } = error.params;
      return at(locator.valueLine(path), `${name} is ${JSON.stringify(value)}, but it must be ${comparison} ${limit}.`, words.rangeFix?.(path[path.length - 1]) ?? docs);
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return at(locator.keyLine(path), `${name} needs the key "${missing}".`, words.requiredFix?.(missing) ?? `Add ${missing}.`);
    }
    case "minProperties":
      return at(locator.keyLine(path), `${name} sets no rules.`, "Give it at least one rule, e.g. { min: 0.9 }, or remove it.");
    default:
      return at(locator.valueLine(path), `${name} ${error.message ?? "is not valid"}.`, docs);
  }
}
var TYPE_FIXES = {
  number: "Write a number such as 0.9, without quotes.",
  integer: "Write a whole number such as 30.",
  boolean: "Write true or false.",
  string: "Write text, such as the name of a column.",
  object: "Write a mapping of keys to values, one per line, indented below it."
};
function insideAnyOf(error, all) {
  if (error.keyword === "anyOf") return false;
  return all.some((other) => other.keyword === "anyOf" && other.instancePath === error.instancePath && error.schemaPath.startsWith(other.schemaPath.replace(/\/anyOf$/, "/anyOf/")));
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeValue(value) {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
function article(word) {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

export {
  schemaError
};
