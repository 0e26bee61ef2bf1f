// Every test run gets one scratch folder under the system's temp dir, and TMPDIR points there for
// the tests and every process they start: os.tmpdir(), mkdtemp and child processes all follow it.
// Tests make temp dirs freely (registries, model copies, action runs); removing each in its own
// afterAll is easy to forget, and thousands of runs left tens of GB behind. The teardown removes
// the folder whole when the run ends.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setUpTestTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-tests-'));
  process.env.MLCI_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
  // the tests' own onnxruntime sessions (test/runtime/ort-environment.js) send no telemetry and
  // write no database under the home either, as mlci's do (shared/runtime/onnxruntime.ts)
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
};
