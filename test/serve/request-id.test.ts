// Request ids made for requests that bring none: version-4 UUIDs in the form crypto.randomUUID
// gives (RFC 9562, formerly RFC 4122: 8-4-4-4-12 lowercase hex, version nibble 4, variant bits 10
// so the variant digit is 8, 9, a or b), distinct across many draws, and about uniformly random in
// every digit that is random, not only the first group's.
import { newRequestId } from '../../shared/serve/request-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const IDS = 100_000;
/** where each of the 32 hex digits stands in the 36 characters */
const DIGIT_AT = [...'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'].flatMap((c, i) => (c === 'x' ? [i] : []));
const VERSION_AT = 14;
const VARIANT_AT = 19;

test(`${IDS.toLocaleString('en')} ids: each a whole version-4 UUID, all distinct, every random digit evenly spread`, () => {
  const ids = Array.from({ length: IDS }, () => newRequestId());
  const malformed = ids.filter((id) => !UUID_V4.test(id));
  expect(malformed).toEqual([]);
  expect(new Set(ids).size).toBe(IDS);
  for (const at of DIGIT_AT) {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id[at]!, (counts.get(id[at]!) ?? 0) + 1);
    if (at === VERSION_AT) {
      expect(counts).toEqual(new Map([['4', IDS]]));
      continue;
    }
    // the variant digit holds two random bits, every other digit four; six standard deviations:
    // a binomial's sd is √(n·p·(1−p)), 137 for p = 1/4 and 77 for p = 1/16
    const digits = at === VARIANT_AT ? '89ab' : '0123456789abcdef';
    const p = 1 / digits.length;
    const bound = 6 * Math.sqrt(IDS * p * (1 - p));
    expect({ at, digits: [...counts.keys()].sort().join('') }).toEqual({ at, digits });
    for (const [digit, n] of counts) expect({ at, digit, within: Math.abs(n - IDS * p) < bound }).toEqual({ at, digit, within: true });
  }
});
