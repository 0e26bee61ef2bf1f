import type { AsyncBuffer, FileMetaData } from 'hyparquet';

/** A Parquet file opened for reading, with its footer decoded. */
export interface OpenedParquet {
  file: AsyncBuffer;
  metadata: FileMetaData;
  size: number;
}

/**
 * The Parquet footers decoded during one piece of work (an evaluation), by path, size and
 * modification time: the row-capacity hint decodes a file's footer before the stream, which takes
 * it from here instead of reading and decoding it again. A file changed in between is read afresh.
 */
export class ParquetFooters {
  private readonly byPath = new Map<string, { mtimeMs: number; opened: OpenedParquet }>();

  get(path: string, size: number, mtimeMs: number): OpenedParquet | undefined {
    const kept = this.byPath.get(path);
    return kept && kept.opened.size === size && kept.mtimeMs === mtimeMs ? kept.opened : undefined;
  }

  set(path: string, mtimeMs: number, opened: OpenedParquet): void {
    this.byPath.set(path, { mtimeMs, opened });
  }
}
