// Random CSV bytes for the scanner and reader tests: mostly well-formed, with every kind of oddity
// (numbers of many spellings, quoted cells with delimiters, doubled quotes and line breaks, bad
// UTF-8, ragged rows, an unterminated quote) now and then.

export const NUMBERS = ['0', '-0', '7', '+7', '42', '-42', '3.25', '-3.25', '.5', '-.5', '5.', '0.1', '0.000258407', '676.241', '123456789', '1234567890', '12345678901234', '123456789012345', '1234567890123456', '9007199254740993', '12345678901234567890', '0.30000000000000004', '1e5', '1E-3', '-2.5e+10', '1e22', '1e23', '4.9e-324', '1.7976931348623157e308', '2e308', '1e', '1e+', '1.2.3', '--1', '-', '.', '1-', '0x10', 'Infinity', '-Infinity', 'NaN', '1_000', ' 12', '12 ', '00012.500', '99999999999999999999999'];
const TEXTS = ['cat0', 'cat17', 'yes', 'e', 'E5', 'naïve', 'x y', '', '', ''];
const BAD_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf]];

/** bytes of a CSV-ish file: mostly well-formed, with every kind of oddity now and then */
export function randomCsv(next: () => number, delimiter: string): Buffer {
  const parts: (string | number[])[] = [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const records = 1 + Math.floor(next() * 30);
  const width = 1 + Math.floor(next() * (next() < 0.1 ? 90 : 8));
  for (let r = 0; r < records; r++) {
    const cells = next() < 0.1 ? Math.floor(next() * (width + 3)) : width;
    for (let c = 0; c < cells; c++) {
      if (c > 0) parts.push(delimiter);
      const kind = next();
      if (kind < 0.45) parts.push(pick(NUMBERS));
      else if (kind < 0.55) parts.push(String(Math.floor(next() * 1e6) / 10 ** Math.floor(next() * 8)));
      else if (kind < 0.7) parts.push(pick(TEXTS));
      else if (kind < 0.85) {
        // quoted: delimiters, doubled quotes, line breaks inside; sometimes text after the close
        let inner = '';
        const pieces = Math.floor(next() * 5);
        for (let k = 0; k < pieces; k++) inner += pick(['a', delimiter, '""', '\n', '\r\n', '\r', '12', ' ']);
        parts.push(`"${inner}"${next() < 0.1 ? pick(['x', ' ', '"', '5']) : ''}`);
      } else if (kind < 0.9) parts.push(pick(BAD_UTF8));
      else if (kind < 0.95) parts.push(pick(['\r', '"', 'a"b', ' ', '\t']));
      else parts.push('x'.repeat(Math.floor(next() * 40)) + pick(NUMBERS));
    }
    if (r < records - 1 || next() < 0.7) parts.push(pick(['\n', '\n', '\r\n', '\n\n', '\r\n\r\n', '\r']));
  }
  if (next() < 0.05) parts.push('"never closed\n1,2');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}
