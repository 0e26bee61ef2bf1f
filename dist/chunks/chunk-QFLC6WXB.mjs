import { createRequire as __mlciCreateRequire } from 'node:module'; var __mlciRequire; function require(id) { return (__mlciRequire ??= __mlciCreateRequire(import.meta.url))(id); }

// shared/log.ts
var silentLogger = {
  info() {
  },
  warning() {
  },
  error() {
  },
  debug() {
  },
  group: (_title, body) => body()
};
function consoleLogger(out = process.stdout, err = process.stderr, verbose = false) {
  const where = (loc) => loc ? ` [${loc.file}${loc.line ? `:${loc.line}` : ""}]` : "";
  let live = false;
  const write = (stream, text) => {
    if (live) out.write("\n");
    live = false;
    stream.write(text);
  };
  const logger = {
    info: (m) => write(out, `${m}
`),
    warning: (m, loc) => write(err, `warning: ${m}${where(loc)}
`),
    error: (m, loc) => write(err, `error: ${m}${where(loc)}
`),
    debug: (m) => void (verbose && write(err, `debug: ${m}
`)),
    group: async (title, body) => {
      write(out, `\u2500\u2500 ${title}
`);
      return body();
    }
  };
  if (out.isTTY) {
    logger.progress = (line, last) => {
      out.write(`\r\x1B[K${line}${last ? "\n" : ""}`);
      live = !last;
    };
  }
  return logger;
}

export {
  silentLogger,
  consoleLogger
};
