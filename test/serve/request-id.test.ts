// Request ids made for requests that bring none: version-4 UUIDs in the form crypto.randomUUID
// gives (RFC 9562: version nibble 4, variant bits 10), distinct across many draws, and about
// uniformly random in the bits that are random (each hex digit of the first group equally likely).
import { newRequestId } from '../../shared/serve/request-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('20,000 ids: each a version-4 UUID, all distinct, the random digits evenly spread', () => {
  const ids = Array.from({ length: 20_000 }, () => newRequestId());
  for (const id of ids) expect(id).toMatch(UUID_V4);
  expect(new Set(ids).size).toBe(ids.length);
  // 160,000 digits over 16 values: 10,000 expected each; 5 standard deviations is about ±470
  const counts = new Map<string, number>();
  for (const id of ids) for (const digit of id.slice(0, 8)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  expect(counts.size).toBe(16);
  for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(500);
});
