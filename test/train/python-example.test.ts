/** @jest-environment ./test/runtime/ort-environment.js */
// Runs examples/python-training/train.py through train-model, as a user who trains in Python would.
// Needs Debian's python3-sklearn and python3-onnx at /usr/bin/python3 (installed by .ci/run).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainModel } from '../../shared/train/train-model.js';
import { accuracy, runOnnx, targetValues } from './helpers/run-onnx.js';
import { readNumericCsv } from './helpers/fixture-csv.js';
import { fixtures, makeWorkspace } from './helpers/workspace.js';
import { describeWithTools, tools } from '../support/system-tools.js';

const example = new URL('../../examples/python-training/', import.meta.url).pathname;

describeWithTools('the Python training example', [tools.pythonSklearn], () => {
test('the Python example trains, exports ONNX that passes the checks, and is cached by its code and params', async () => {
  const ws = makeWorkspace();
  try {
    for (const file of ['train.py', 'params.yml', 'requirements.txt']) copyFileSync(join(example, file), join(ws.dir, file));
    const options = ws.options({ command: '[/usr/bin/python3, train.py]', paramsFile: 'params.yml', code: ['*.py'] });
    const result = await trainModel(options);
    expect(result.check.featureNames).toHaveLength(30);
    expect(options.logger.lines.some((l) => l.startsWith('trained on 318 rows'))).toBe(true);
    const lineage = JSON.parse(readFileSync(result.lineageFile, 'utf8'));
    expect(lineage.lockfiles.map((l: { path: string }) => l.path)).toEqual(['requirements.txt']);

    const test = readNumericCsv(join(fixtures, 'data', 'breast_cancer_test.csv'));
    const out = await runOnnx(readFileSync(result.modelFile), test, result.check.featureNames);
    const acc = accuracy(out.label!.data, targetValues(test, 'target'));
    const sklearn = JSON.parse(readFileSync(join(fixtures, 'expected', 'breast_cancer_lr.json'), 'utf8')).accuracy as number;
    // trained on 80% of the training split, so allow a little more than the built-in trainers' 2 points
    expect(Math.abs(acc - sklearn)).toBeLessThanOrEqual(0.03);

    const again = await trainModel(ws.options({ command: '[/usr/bin/python3, train.py]', paramsFile: 'params.yml', code: ['*.py'] }));
    expect(again.cacheHit).toBe(true);
  } finally {
    ws.cleanup();
  }
});
});
