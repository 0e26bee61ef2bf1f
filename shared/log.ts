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
  return {
    info: (m) => void out.write(`${m}\n`),
    warning: (m, loc) => void err.write(`warning: ${m}${where(loc)}\n`),
    error: (m, loc) => void err.write(`error: ${m}${where(loc)}\n`),
    debug: (m) => void (verbose && err.write(`debug: ${m}\n`)),
    group: async (title, body) => {
      out.write(`── ${title}\n`);
      return body();
    },
  };
}
