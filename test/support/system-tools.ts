// Tests that need a program from Debian's packages (docker-registry, skopeo, promtool, python3 with
// scikit-learn) skip with a printed reason when it is missing, so `npm test` passes on a fresh
// machine. `.ci/run` installs the packages and sets MLCI_REQUIRE_SYSTEM_TOOLS=1: there a missing
// tool fails the test instead, so CI never skips silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemTool {
  /** what to print: "docker-registry (Debian package docker-registry)" */
  label: string;
  /** true when the tool is usable on this machine */
  present(): boolean;
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$0"', program], { stdio: 'ignore' }).status === 0;
}

const PYTHON = '/usr/bin/python3';

export const tools = {
  dockerRegistry: { label: 'docker-registry (Debian package docker-registry)', present: () => existsSync('/usr/bin/docker-registry') || onPath('docker-registry') },
  skopeo: { label: 'skopeo (Debian package skopeo)', present: () => onPath('skopeo') },
  promtool: { label: 'promtool (Debian package prometheus)', present: () => onPath('promtool') },
  openssl: { label: 'openssl (Debian package openssl)', present: () => onPath('openssl') },
  chrt: { label: 'chrt (Debian package util-linux)', present: () => onPath('chrt') },
  prometheus: { label: 'prometheus (Debian package prometheus)', present: () => existsSync('/usr/bin/prometheus') },
  python3: { label: `${PYTHON} (Debian package python3)`, present: () => existsSync(PYTHON) },
  pythonSklearn: {
    label: `${PYTHON} with scikit-learn and onnx (Debian packages python3-sklearn python3-onnx)`,
    present: () => existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import sklearn, onnx'], { stdio: 'ignore' }).status === 0,
  },
  pythonScipy: {
    label: `${PYTHON} with scipy (Debian package python3-scipy)`,
    present: () => existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0,
  },
} satisfies Record<string, SystemTool>;

export const systemToolsRequired = process.env.MLCI_REQUIRE_SYSTEM_TOOLS === '1';

/**
 * `describe` when every tool is present; otherwise, outside CI, a skipped `describe` with the
 * reason printed once, and under CI (MLCI_REQUIRE_SYSTEM_TOOLS=1) a failing test naming what is missing.
 */
export function describeWithTools(title: string, needs: SystemTool[], body: () => void): void {
  const missing = needs.filter((t) => !t.present()).map((t) => t.label);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  if (systemToolsRequired) {
    describe(title, () => {
      test('has the system tools it needs', () => {
        throw new Error(`missing ${missing.join(', ')}; .ci/run installs it (apt-get), and MLCI_REQUIRE_SYSTEM_TOOLS=1 forbids skipping`);
      });
    });
    return;
  }
  process.stdout.write(`skipped "${title}": needs ${missing.join(', ')} (install it with apt-get to run these tests)\n`);
  describe.skip(title, body);
}
