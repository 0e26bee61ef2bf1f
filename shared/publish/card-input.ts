import { parse } from 'yaml';
import { UserError } from '../errors.js';

/** The human parts of a model card, from a YAML file the team keeps next to its code. */
export interface CardText {
  title?: string;
  description?: string;
  intended_use?: string;
  limitations?: string;
  ethical_considerations?: string;
  license?: string;
  owners?: string[];
  tags?: string[];
}

const TEXT_FIELDS = ['title', 'description', 'intended_use', 'limitations', 'ethical_considerations', 'license'] as const;
const LIST_FIELDS = ['owners', 'tags'] as const;

export function parseCardText(text: string, where: string): CardText {
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new UserError(`The model card text is not valid YAML: ${(err as Error).message.split('\n')[0]}`, where, 'Fix the YAML (a mapping with intended_use, limitations, license, owners …).');
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError('The model card text must be a YAML mapping.', where, 'Write keys such as intended_use: and limitations:.');
  const record = value as Record<string, unknown>;
  const known = new Set<string>([...TEXT_FIELDS, ...LIST_FIELDS]);
  const unknown = Object.keys(record).filter((k) => !known.has(k));
  if (unknown.length) throw new UserError(`The model card text has unknown keys: ${unknown.join(', ')}.`, where, `Use only ${[...known].join(', ')}.`);
  const card: CardText = {};
  for (const key of TEXT_FIELDS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new UserError(`"${key}" in the model card text must be text.`, where, `Write ${key}: followed by text (use | for several lines).`);
    card[key] = v;
  }
  for (const key of LIST_FIELDS) {
    const v = record[key];
    if (v === undefined || v === null) continue;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new UserError(`"${key}" in the model card text must be a list of text.`, where, `Write ${key}: [a, b].`);
    card[key] = list;
  }
  return card;
}
