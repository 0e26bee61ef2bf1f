// The module hooks of record-loads.mjs (they run on node's loader thread).
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  const file = process.env.MLCI_RECORD_LOADS;
  if (file) appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
