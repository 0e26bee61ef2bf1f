/**
 * Where the library reports progress. The GitHub adapter maps it onto @actions/core (groups,
 * annotations), the CLI onto the terminal; the library itself never imports either.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string, location?: { file: string; line?: number }): void;
  error(message: string, location?: { file: string; line?: number }): void;
  debug(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** a live status line redrawn in place (terminals only; absent where every line is kept) */
  progress?(line: string, last?: boolean): void;
}

/** A logger that drops everything: for library calls in tests and benchmarks. */
export const silentLogger: Logger = {
  info() {},
  warning() {},
  error() {},
  debug() {},
  group: (_title, body) => body(),
};

/** A logger that writes plain lines to the given streams: the CLI's. */
export function consoleLogger(out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  const where = (loc?: { file: string; line?: number }) => (loc ? ` [${loc.file}${loc.line ? `:${loc.line}` : ''}]` : '');
  // a live line is redrawn on `out` when it is a terminal; any other line first ends it
  let live = false;
  const write = (stream: NodeJS.WritableStream, text: string) => {
    if (live) out.write('\n');
    live = false;
    stream.write(text);
  };
  const logger: Logger = {
    info: (m) => write(out, `${m}\n`),
    warning: (m, loc) => write(err, `warning: ${m}${where(loc)}\n`),
    error: (m, loc) => write(err, `error: ${m}${where(loc)}\n`),
    debug: (m) => void (verbose && write(err, `debug: ${m}\n`)),
    group: async (title, body) => {
      write(out, `── ${title}\n`);
      return body();
    },
  };
  if ((out as NodeJS.WriteStream).isTTY) {
    logger.progress = (line, last) => {
      out.write(`\r\x1b[K${line}${last ? '\n' : ''}`);
      live = !last;
    };
  }
  return logger;
}
