import { UserError } from '../../shared/errors.js';
import type { Table } from '../../shared/data/table.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp directory for files a test writes (invalid inputs are made here, not committed). */
export function tempDir(): { write(name: string, content: string | Buffer): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-data-'));
  return {
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The UserError a promise rejects with (failing the test if it resolves or throws anything else). */
export async function userError(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** a batch as plain data, copied at once (reads recycle their arrays): every column's cells (codes decoded), the lines, the matrix's cells */
export function plainBatch(table: Table) {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((c) => ({ kind: c.kind, name: c.name, values: Array.from(c.values as ArrayLike<unknown>), first: c.kind === 'text' ? c.firstNonNumericRow : undefined })),
    rowLines: Array.from(table.rowLines ?? []),
    matrix: table.featureMatrix && { columns: table.featureMatrix.columns, type: table.featureMatrix.type, data: Array.from(table.featureMatrix.data), textCell: table.featureMatrix.textCell, finite: table.featureMatrix.finite },
  };
}
