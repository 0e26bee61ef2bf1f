import { CsvReadThreads, startCsvReadThreads, type ParallelCsvRead } from '../data/csv-parallel.js';
import { csvDelimiter } from '../data/load.js';

/**
 * How a scan parses large CSV files on a worker thread while its own thread profiles and checks
 * the rows: threads started for the first file before the scan is asked for, taken by the scan
 * that reads it first; any other read starts its own (streamCsvInParallel).
 */
export class ScanReadThreads {
  private ahead: { path: string; threads: Promise<CsvReadThreads | undefined> } | undefined;
  private readonly started: Promise<CsvReadThreads | undefined>[] = [];

  private constructor(readonly read: ParallelCsvRead) {}

  /**
   * Starts the thread for `file` at once, and has it begin reading as a scan with these options
   * reads: validate-data reads its schema meanwhile, and a thread takes a while to start (its
   * bundle loaded, the scanner compiled). A read the scan does not want after all is closed unused.
   */
  static startFor(file: string | undefined, read: ParallelCsvRead, scan: { batchRows: number; delimiter?: string; maxRecordBytes?: number }): ScanReadThreads {
    const threads = new ScanReadThreads(read);
    if (file === undefined) return threads;
    const starting = startCsvReadThreads(file, { ...read, ...scan }).then(
      (started) => {
        // the scan reads leniently (onIssue), from the first row to the last
        started?.begin(file, { ...scan, delimiter: csvDelimiter(file, scan.delimiter), onIssue: () => undefined });
        return started;
      },
      () => undefined, // the scan's own read says what is wrong with the file
    );
    threads.ahead = { path: file, threads: starting };
    threads.started.push(starting);
    return threads;
  }

  /** whether `file` is read on the threads started for it ahead */
  async readsOwnThread(file: string | undefined): Promise<boolean> {
    const ahead = this.ahead;
    return ahead !== undefined && ahead.path === file && (await ahead.threads) !== undefined;
  }

  /** what a scan reading `file` parses with: the threads started for it (once), else the way to start some */
  async for(file: string): Promise<ParallelCsvRead | CsvReadThreads | undefined> {
    const ahead = this.ahead;
    if (ahead?.path !== file) return this.read;
    this.ahead = undefined;
    // undefined: the file is read better on one thread (small, or gzip)
    return ahead.threads;
  }

  close(): void {
    for (const starting of this.started) void starting.then((threads) => threads?.close());
  }
}
