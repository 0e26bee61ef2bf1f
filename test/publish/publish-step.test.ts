/** @jest-environment ./test/runtime/ort-environment.js */
// publish-model on real gate results: evaluate-gate runs on the breast-cancer model first, and its
// verdict.json and metrics.json are what publish-model packages and checks.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluateGateStep } from '../../shared/evaluate/step.js';
import { publishModelStep } from '../../shared/publish/step.js';
import { silentLogger } from '../../shared/log.js';
import { openRegistry } from '../../shared/registry/index.js';
import { tempDir } from '../registry/support.js';
import { runStep } from './support.js';
import { describeWithTools, tools } from '../support/system-tools.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const run = runStep;

let work: string;
let passed: string;
let failed: string;
const model = join(FIXTURES, 'models', 'breast_cancer_lr.onnx');

beforeAll(async () => {
  work = tempDir('mlci-publish-');
  passed = join(work, 'eval-passed');
  failed = join(work, 'eval-failed');
  const data = join(FIXTURES, 'data', 'breast_cancer_test.csv');
  writeFileSync(join(work, 'strict.yml'), 'metrics:\n  accuracy: ">= 0.999"\n');
  await run(evaluateGateStep, work, { model, data, target: 'target', policy: join(FIXTURES, 'gate', 'minimal.yml'), 'bootstrap-resamples': '200', 'output-dir': passed });
  await run(evaluateGateStep, work, { model, data, target: 'target', policy: join(work, 'strict.yml'), 'bootstrap-resamples': '0', 'fail-on-regression': 'false', 'output-dir': failed });
});

test('a blessed model is published with its documents, a Hugging Face card, provenance, and the alias moved', async () => {
  const registry = join(work, 'registry-a');
  writeFileSync(join(work, 'card.yml'), 'title: Breast cancer screen\nlicense: mit\nowners: [ml-team]\nintended_use: |\n  Ranking biopsies for **review**.\nlimitations: Trained on 455 rows.\n');
  const out = join(work, 'publish-a');
  const result = await run(
    publishModelStep,
    work,
    { model, name: 'cancer', registry, aliases: 'champion', verdict: join(passed, 'verdict.json'), metrics: join(passed, 'metrics.json'), card: join(work, 'card.yml'), reason: 'gate passed', 'output-dir': out },
    { GITHUB_REPOSITORY: 'acme/ml', GITHUB_RUN_ID: '77', GITHUB_SHA: 'f'.repeat(40), GITHUB_ACTOR: 'octocat' },
  );
  expect(result.outcome).toEqual({});
  expect(result.outputs).toMatchObject({ version: 'v1', status: 'published', 'model-digest': `sha256:${sha256(model)}`, 'output-dir': out });
  expect(result.outputs.reference).toBe(`${registry}/cancer@${result.outputs.digest}`);
  expect(result.summaries[0]).toMatch(/## Model published[\s\S]*champion[\s\S]*\(unset\) → v1/);

  const pulled = await openRegistry(registry, { env: {}, logger: silentLogger }).pull({ store: registry, name: 'cancer', alias: 'champion' }, join(work, 'pulled-a'));
  expect(Object.keys(pulled.files).sort()).toEqual(['metrics.json', 'model-card.md', 'verdict.json']);
  expect(readFileSync(pulled.files['verdict.json']!)).toEqual(readFileSync(join(passed, 'verdict.json')));

  const card = readFileSync(pulled.files['model-card.md']!, 'utf8');
  const front = parse(card.split('---\n')[1]!);
  const metrics = JSON.parse(readFileSync(join(passed, 'metrics.json'), 'utf8'));
  expect(front.license).toBe('mit');
  expect(front['model-index'][0].results[0].task.type).toBe('tabular-classification');
  expect(front['model-index'][0].results[0].metrics).toContainEqual({ type: 'accuracy', name: 'accuracy', value: metrics.metrics.accuracy });
  expect(card).toContain('Ranking biopsies for **review**.');
  expect(card).toMatch(/## Gate verdict\n\nThe gate passed for exactly this file\./);
  expect(readFileSync(result.outputs['card-file']!, 'utf8')).toBe(card);

  const provenance = JSON.parse(readFileSync(join(out, 'provenance.intoto.json'), 'utf8'));
  expect(provenance).toMatchObject({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', subject: [{ digest: { sha256: sha256(model) } }] });
  expect(provenance.predicate.runDetails.metadata.invocationId).toBe('https://github.com/acme/ml/actions/runs/77');
  expect(provenance.predicate.buildDefinition.resolvedDependencies[0].digest).toEqual({ gitCommit: 'f'.repeat(40) });
  const testResult = JSON.parse(readFileSync(join(out, 'verdict.intoto.json'), 'utf8'));
  expect(testResult).toMatchObject({ predicateType: 'https://in-toto.io/attestation/test-result/v0.1', predicate: { result: 'PASSED' }, subject: [{ digest: { sha256: sha256(model) } }] });
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(['model-card.md', 'provenance.intoto.json', 'publish.json', 'verdict.intoto.json']);

  // the statements travel with the version as a referrer (the local layout: the sha256-<hex> tag)
  const attachments = await openRegistry(registry, { env: {}, logger: silentLogger }).attachments('cancer', 'v1');
  expect(attachments).toHaveLength(1);
  expect(attachments[0]!.artifactType).toBe('application/vnd.in-toto+json');
  expect(attachments[0]!.files.map((f) => f.name)).toEqual(['provenance.intoto.json', 'verdict.intoto.json']);
  expect(attachments[0]!.files[0]!.bytes).toEqual(readFileSync(join(out, 'provenance.intoto.json')));

  const history = await openRegistry(registry, { env: {}, logger: silentLogger }).aliasHistory('cancer');
  expect(history).toEqual([expect.objectContaining({ alias: 'champion', from: null, to: 'v1', actor: 'octocat', reason: 'gate passed', runUrl: 'https://github.com/acme/ml/actions/runs/77' })]);

  const again = await run(publishModelStep, work, { model, name: 'cancer', registry, aliases: 'champion', verdict: join(passed, 'verdict.json'), 'output-dir': join(work, 'publish-a2') });
  expect(again.outputs).toMatchObject({ status: 'unchanged', version: 'v1', digest: result.outputs.digest });
  expect(again.logs.join('\n')).toMatch(/already holds these model bytes.*nothing was uploaded/);
});

test('a failed verdict is refused, and so is a verdict about other bytes', async () => {
  const registry = join(work, 'registry-b');
  await expect(run(publishModelStep, work, { model, name: 'cancer', registry, verdict: join(failed, 'verdict.json') })).rejects.toThrow(/The gate failed for this model \(failed: accuracy >= 0\.999\)/);
  const weak = join(FIXTURES, 'models', 'breast_cancer_lr_weak.onnx');
  await expect(run(publishModelStep, work, { model: weak, name: 'cancer', registry, verdict: join(passed, 'verdict.json') })).rejects.toThrow(/The verdict is about another model/);
  expect(await openRegistry(registry, { env: {}, logger: silentLogger }).names()).toEqual([]);
});

test('a verdict overridden by the label flow is published and the card says by whom', async () => {
  const dir = join(work, 'overridden');
  mkdirSync(dir, { recursive: true });
  // what evaluate-gate writes after a maintainer's override label: passed, overridden, who and why in metrics.json
  const verdict = JSON.parse(readFileSync(join(failed, 'verdict.json'), 'utf8'));
  writeFileSync(join(dir, 'verdict.json'), JSON.stringify({ ...verdict, passed: true, overridden: true }));
  const metrics = JSON.parse(readFileSync(join(failed, 'metrics.json'), 'utf8'));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ ...metrics, gate: { ...metrics.gate, passed: true, override: { by: 'maintainer-a', reason: 'accepted, tracked in #12' } } }));
  copyFileSync(model, join(dir, 'model.onnx'));
  const result = await run(publishModelStep, work, { model: join(dir, 'model.onnx'), name: 'cancer', registry: join(work, 'registry-c'), verdict: join(dir, 'verdict.json'), metrics: join(dir, 'metrics.json'), 'output-dir': join(dir, 'out') });
  expect(result.logs.join('\n')).toMatch(/overridden by maintainer-a: "accepted, tracked in #12"/);
  expect(readFileSync(result.outputs['card-file']!, 'utf8')).toMatch(/overridden by maintainer-a/);
  expect(JSON.parse(readFileSync(join(dir, 'out', 'verdict.intoto.json'), 'utf8')).predicate.result).toBe('WARNED');
});

test('bad inputs fail with the input named', async () => {
  await expect(run(publishModelStep, work, { model, name: 'Cancer' })).rejects.toThrow(/not a valid model name\. \(input name\)/);
  await expect(run(publishModelStep, work, { model, name: 'cancer', aliases: 'champion, latest' })).rejects.toThrow(/reserved\. \(input aliases\)/);
  await expect(run(publishModelStep, work, { model: join(work, 'missing.onnx'), name: 'cancer', registry: join(work, 'r') })).rejects.toThrow(/is not a file/);
  writeFileSync(join(work, 'bad-card.yml'), 'intended_use: x\nmotto: y\n');
  await expect(run(publishModelStep, work, { model, name: 'cancer', registry: join(work, 'r'), card: join(work, 'bad-card.yml') })).rejects.toThrow(/unknown keys: motto/);
});

describeWithTools('the card\'s signature agrees with the onnx package', [tools.pythonSklearn], () => {
  test('every graph input and output that onnx reads is in the card', async () => {
    const result = await run(publishModelStep, work, { model, name: 'sig', registry: join(work, 'registry-sig'), 'output-dir': join(work, 'publish-sig') });
    const card = readFileSync(result.outputs['card-file']!, 'utf8');
    const py = spawnSync('/usr/bin/python3', ['-c', 'import onnx,sys,json;m=onnx.load(sys.argv[1]);print(json.dumps([i.name for i in m.graph.input]+[o.name for o in m.graph.output]))', model], { encoding: 'utf8' });
    const names: string[] = JSON.parse(py.stdout);
    expect(names.length).toBeGreaterThan(1);
    for (const tensor of names) expect(card).toContain(`| ${tensor.replace(/_/g, '\\_')} |`);
  });
});

test('mlci registry verify checks every digest and that attached statements are about this model.onnx', async () => {
  const { runRegistryCommand } = await import('../../cli/registry.js');
  const registry = join(work, 'registry-verify');
  await run(publishModelStep, work, { model, name: 'cancer', registry, verdict: join(passed, 'verdict.json'), 'output-dir': join(work, 'publish-verify') });
  const lines: string[] = [];
  const out = { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream;
  expect(await runRegistryCommand(['verify', 'cancer:v1', '--registry', registry], out, {})).toBe(0);
  expect(lines.join('')).toMatch(/attestations: 2 in-toto statement\(s\) attached, each about this model\.onnx \(https:\/\/slsa\.dev\/provenance\/v1, https:\/\/in-toto\.io\/attestation\/test-result\/v0\.1\)/);
  // a statement about other bytes attached to the version is caught
  const opened = openRegistry(registry, { env: {}, logger: silentLogger });
  const forged = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'model.onnx', digest: { sha256: '0'.repeat(64) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} };
  await opened.attach('cancer', 'v1', 'application/vnd.in-toto+json', [{ name: 'forged.intoto.json', mediaType: 'application/vnd.in-toto+json', bytes: Buffer.from(JSON.stringify(forged)) }]);
  await expect(runRegistryCommand(['verify', 'cancer:v1', '--registry', registry], out, {})).rejects.toThrow(/carries statements about another file: forged\.intoto\.json/);
});
