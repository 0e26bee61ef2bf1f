import { CsvReadThreads, startCsvReadThread, type ParallelCsvRead } from '../data/csv-parallel.js';
import { csvDelimiter } from '../data/load.js';

/**
 * How a scan parses large CSV files on a worker thread while its own thread profiles and checks
 * the rows: threads started for the first file before the scan is asked for, taken by the scan
 * that reads it first; any other read starts its own (streamCsvInParallel).
 */
export class ScanReadThreads {
  /**
   * the thread started ahead for `path` (undefined: the file did not qualify), until its scan's read
   * is over (doneWith) or the validation ends (close); `taken` once a scan has it
   */
  private ahead: { path: string; thread: CsvReadThreads | undefined; taken: boolean } | undefined;

  private constructor(readonly read: ParallelCsvRead) {}

  /**
   * Starts the thread for `file` at once, and has it begin reading as a scan with these options
   * reads: validate-data reads its schema meanwhile, and a thread takes a while to start (its
   * bundle loaded, the scanner compiled). It is decided on by the file's name and size alone
   * (startCsvReadThread): the row estimate's reads would wait for this thread's turns. A read the
   * scan does not want after all is closed unused.
   */
  static startFor(file: string | undefined, read: ParallelCsvRead, scan: { batchRows: number; delimiter?: string; maxRecordBytes?: number }): ScanReadThreads {
    const threads = new ScanReadThreads(read);
    if (file === undefined) return threads;
    const thread = startCsvReadThread(file, { ...read, ...scan });
    // the scan reads leniently (onIssue), from the first row to the last
    thread?.begin(file, { ...scan, delimiter: csvDelimiter(file, scan.delimiter), onIssue: () => undefined });
    threads.ahead = { path: file, thread, taken: false };
    return threads;
  }

  /** the system's ids of the thread started ahead (none when it was not, or where there are none) */
  get threadIds(): readonly number[] {
    return this.ahead?.thread?.threadIds ?? [];
  }

  /** whether `file` is read on the thread started for it ahead */
  readsOnThreadStartedAhead(file: string | undefined): boolean {
    const ahead = this.ahead;
    return ahead !== undefined && !ahead.taken && ahead.path === file && ahead.thread !== undefined;
  }

  /**
   * What a scan reading `file` parses with: the thread started for it (once), else the way to start
   * some. The scan calls doneWith once its read is over.
   */
  readerFor(file: string): ParallelCsvRead | CsvReadThreads | undefined {
    const ahead = this.ahead;
    if (ahead === undefined || ahead.taken || ahead.path !== file) return this.read;
    ahead.taken = true;
    // undefined: the file is read better on one thread (small, not a plain CSV)
    return ahead.thread;
  }

  /**
   * A scan's read is over: the thread started ahead, once read, is closed now rather than when the
   * whole validation ends (a second scan of the same file, after a schema is inferred, starts its
   * own, and two idle threads' memory need not be held at once).
   */
  doneWith(reader: ParallelCsvRead | CsvReadThreads | undefined): void {
    if (reader === undefined || reader !== this.ahead?.thread) return;
    this.ahead = undefined;
    reader.close();
  }

  close(): void {
    this.ahead?.thread?.close();
  }
}
