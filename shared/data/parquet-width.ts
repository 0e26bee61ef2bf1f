import type { FileHandle } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { MAX_COLUMNS } from './csv-header.js';

/** thrift compact field headers of FileMetaData: 1 version (i32), then 2 schema (list of structs) */
const VERSION_FIELD = 0x15;
const SCHEMA_FIELD = 0x19;
const STRUCT = 12;

function varint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 35; shift += 7, i++) {
    value += (bytes[i]! & 0x7f) * 2 ** shift;
    if ((bytes[i]! & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

/**
 * The number of schema elements a Parquet footer declares, read from its first bytes without
 * decoding the footer (whose decoded form grows with columns × row groups); undefined when the
 * footer does not start the way every writer starts it (the full reader then reports it).
 */
export function schemaElementCount(head: Uint8Array): number | undefined {
  if (head[0] !== VERSION_FIELD) return undefined;
  const version = varint(head, 1);
  if (!version || head[version.next] !== SCHEMA_FIELD) return undefined;
  const list = head[version.next + 1];
  if (list === undefined || (list & 0x0f) !== STRUCT) return undefined;
  if (list >> 4 !== 0x0f) return list >> 4;
  return varint(head, version.next + 2)?.value;
}

/**
 * Refuses a Parquet file of more than MAX_COLUMNS columns before its footer is decoded: like a CSV
 * header that wide, every column would cost a builder and, in validate-data, a profile.
 */
export async function refuseWideParquet(handle: FileHandle, size: number, path: string): Promise<void> {
  if (size < 12) return;
  const tail = Buffer.alloc(8);
  await handle.read(tail, 0, 8, size - 8);
  const footerLength = tail.readUInt32LE(0);
  if (tail.toString('latin1', 4) !== 'PAR1' || footerLength + 8 > size) return;
  const head = Buffer.alloc(Math.min(32, footerLength));
  await handle.read(head, 0, head.length, size - 8 - footerLength);
  const elements = schemaElementCount(head);
  // the root element is not a column
  if (elements !== undefined && elements - 1 > MAX_COLUMNS) {
    throw new UserError(
      `${path} has ${elements - 1} columns in its schema, more than the ${MAX_COLUMNS} mlci reads from one file`,
      path,
      'select the columns you need into a narrower file (or reshape a very wide table into rows)',
      { file: path },
    );
  }
}
