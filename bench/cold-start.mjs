// How long the CLI and the actions take from a cold process to done, against node's own start
// (`node -e 0`) in the same paired, alternating runs.
//   npm run build && node bench/cold-start.mjs [rounds=10]
// Rows: mlci help, mlci evaluate-gate --help, the 171-row evaluation through the CLI and through the
// evaluate-gate action's bundle (inputs as INPUT_* variables, as a runner passes them), and the
// validate-data action on the same file. The actions' rows are their start and their work: node,
// the bundle, the inputs, onnxruntime (evaluate-gate) and the 171 rows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, pairedRuns } from './paired.mjs';

const root = resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 10);
const cli = join(root, 'dist', 'cli', 'index.mjs');
const data = join(root, 'test', 'fixtures', 'data', 'breast_cancer_test.csv');
const model = join(root, 'test', 'fixtures', 'models', 'breast_cancer_lr.onnx');
const scratch = mkdtempSync(join(tmpdir(), 'mlci-cold-start-'));
// a runner's step has these files; @actions/core appends outputs to it
writeFileSync(join(scratch, 'output'), '');

/** the environment of a runner's step, less anything that would reach GitHub */
function actionEnv(inputs) {
  const env = { ...process.env, RUNNER_TEMP: scratch, GITHUB_OUTPUT: join(scratch, 'output'), MLCI_CACHE_DIR: join(scratch, 'cache') };
  for (const key of Object.keys(env)) if (key.startsWith('GITHUB_') && key !== 'GITHUB_OUTPUT') delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

const evaluateInputs = { model, data, target: 'target', 'output-dir': join(scratch, 'evaluate') };
mkdirSync(join(scratch, 'evaluate'), { recursive: true });
const commands = [
  { label: 'node -e 0', command: process.execPath, args: ['-e', '0'] },
  { label: 'mlci help', command: process.execPath, args: [cli, 'help'] },
  { label: 'mlci evaluate-gate --help', command: process.execPath, args: [cli, 'evaluate-gate', '--help'] },
  { label: 'mlci evaluate-gate, 171 rows', command: process.execPath, args: [cli, 'evaluate-gate', ...Object.entries(evaluateInputs).flatMap(([k, v]) => [`--${k}`, v])], env: { ...process.env, MLCI_CACHE_DIR: join(scratch, 'cache') } },
  { label: 'evaluate-gate action, 171 rows', command: process.execPath, args: [join(root, 'dist', 'evaluate-gate', 'index.mjs')], env: actionEnv(evaluateInputs) },
  { label: 'validate-data action, 171 rows', command: process.execPath, args: [join(root, 'dist', 'validate-data', 'index.mjs')], env: actionEnv({ data, comment: 'false', 'output-dir': join(scratch, 'validate') }) },
];

try {
  const loadBefore = loadavg()[0];
  const results = await pairedRuns(commands, rounds);
  const node = results[0].median;
  console.log(`cold start, ${rounds} paired rounds (median, min–max); load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (others' work shares the machine when it is above 0)`);
  // node reads and parses the bundle it names at every start, before any of our code runs
  if (process.env.NODE_EXTRA_CA_CERTS) console.log(`NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): every node start, node -e 0 included, parses it first`);
  for (const r of results) console.log(`${r.label.padEnd(34)} ${fmt(r)}  ${(r.median / node).toFixed(1)}× node -e 0  peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
