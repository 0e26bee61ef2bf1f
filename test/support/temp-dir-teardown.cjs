// Removes the run's scratch folder (temp-dir-setup.cjs), and nothing else: the path must be the
// one the setup made.
const { rmSync } = require('node:fs');
const { basename } = require('node:path');

module.exports = async function tearDownTestTempDir() {
  const dir = process.env.MLCI_TESTS_TMPDIR;
  if (!dir || !basename(dir).startsWith('mlci-tests-')) return;
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
};
