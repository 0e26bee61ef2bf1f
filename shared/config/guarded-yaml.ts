/**
 * The one way mlci parses a YAML file the user (or a pull request) wrote: the gate policy, the data
 * schema, the training params. YAML can describe more than it spells out: aliases that expand to
 * billions of nodes (an "alias bomb"), or nesting deep enough to exhaust the parser's stack. Both
 * are refused before or while parsing, and named as what they are rather than as a syntax slip.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

/** deeper than any real policy, schema or params file, far below what exhausts a stack */
export const MAX_YAML_DEPTH = 64;
/** how many alias expansions toJS allows (yaml's own guard, which otherwise throws a ReferenceError) */
const MAX_ALIAS_COUNT = 100;

export interface YamlProblem {
  line: number;
  message: string;
  /** what to do about it; undefined for a plain syntax error, whose fix the caller knows best */
  fix?: string;
}

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/**
 * Nesting depth of flow collections ([ {) and of block indentation, with the line where it first
 * passes the limit; quoted text and comments do not count.
 */
function tooDeep(text: string): number | undefined {
  let flow = 0;
  let line = 1;
  const indents: number[] = [];
  let atLineStart = true;
  let indent = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      atLineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (atLineStart) {
      if (c === ' ' || c === '-') {
        indent++;
        continue;
      }
      atLineStart = false;
      if (c !== '#' && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_YAML_DEPTH) return line;
      }
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) {
      quote = c;
    } else if (c === '[' || c === '{') {
      if (++flow + indents.length > MAX_YAML_DEPTH) return line;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}

/** Parses `text`, or returns the first problem with its line. */
export function parseGuardedYaml(text: string): ParsedYaml | YamlProblem {
  const deepAt = tooDeep(text);
  if (deepAt !== undefined) {
    return { line: deepAt, message: `it is nested more than ${MAX_YAML_DEPTH} levels deep`, fix: `Flatten the structure: no mlci file needs more than a few levels of nesting.` };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { line: lineCounter.linePos(error.pos[0]).line, message: `it is not valid YAML: ${error.message.split('\n')[0]}` };
  try {
    return { doc, lineCounter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (err instanceof ReferenceError || err instanceof RangeError) {
      return { line: 1, message: `its aliases (*name) expand to too many nodes, as a YAML "alias bomb" does (more than ${MAX_ALIAS_COUNT} expansions)`, fix: 'Write the values out, or use fewer aliases: mlci files need none.' };
    }
    throw err;
  }
}

export function isYamlProblem(result: ParsedYaml | YamlProblem): result is YamlProblem {
  return 'message' in result;
}
