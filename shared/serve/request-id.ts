/**
 * Request ids for requests that come without one: random (version 4) UUIDs, as crypto.randomUUID
 * makes them, made as one flat string. randomUUID joins 20 small strings per id, which the
 * response's write then flattens again; on the inference path that was a tenth of the bytes
 * allocated per request.
 */
import { randomFillSync } from 'node:crypto';

const IDS_PER_FILL = 256;
const random = Buffer.alloc(16 * IDS_PER_FILL);
let next = IDS_PER_FILL;
const HEX = Buffer.from('0123456789abcdef', 'latin1');
const text = Buffer.alloc(36);

export function newRequestId(): string {
  if (next === IDS_PER_FILL) {
    randomFillSync(random);
    next = 0;
  }
  const at = 16 * next++;
  // RFC 9562: version 4 in the high nibble of byte 6, variant 10 in the top bits of byte 8
  random[at + 6] = (random[at + 6]! & 0x0f) | 0x40;
  random[at + 8] = (random[at + 8]! & 0x3f) | 0x80;
  let t = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[t++] = 0x2d;
    const byte = random[at + i]!;
    text[t++] = HEX[byte >> 4]!;
    text[t++] = HEX[byte & 15]!;
  }
  return text.toString('latin1', 0, 36);
}
