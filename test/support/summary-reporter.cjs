// Ends a jest run with one plain line, "tests: N passed, N failed, N skipped", which CI reads as the
// run's count: jest's own summary says "N passed, N total", a shape CI does not read. It is written
// when the process exits, so that it comes after jest's summary.
//
// It also keeps a finished run from hanging. On a 2-core machine jest runs every file in this one
// process (in band), so one server, socket, worker or child a test forgot to close keeps that process alive
// after the last test, and CI waits for its own timeout with every test green. Five seconds after
// the run the process should be gone; if it is not, this names what keeps it alive (so the leak can
// be fixed) and exits with the status jest already set.
const { describeHandles } = require('./open-handles.cjs');

const GRACE_MS = 5000;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
    const failed = results.numFailedTests > 0 || results.numFailedTestSuites > 0 || results.numRuntimeErrorTestSuites > 0;
    const watchdog = setTimeout(() => {
      process.stderr.write(
        `\nThe test run finished ${GRACE_MS / 1000} s ago but its process is still alive; ` +
          `these handles keep it open (a test or the code under test did not close them):\n` +
          describeHandles().map((entry) => `  - ${entry}\n`).join('') +
          'Exiting now so that CI does not wait for its timeout.\n',
      );
      process.exit(process.exitCode ?? (failed ? 1 : 0));
    }, GRACE_MS);
    watchdog.unref();
  }
}
module.exports = SummaryReporter;
