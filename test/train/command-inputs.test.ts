import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrainingCommand } from '../../shared/train/command-line.js';
import { expandGlobs, splitPatterns } from '../../shared/fs/glob.js';
import { applyParamOverrides, paramEnvironmentName, readParamsFile } from '../../shared/train/params.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-train-inputs-'));
  for (const file of ['train.py', 'src/model.py', 'src/deep/util.py', 'src/config.yaml', 'node_modules/x/y.py', 'README.md', 'train.sh', 'run.mjs']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('code and output globs', () => {
  test('* stays in a folder, ** crosses folders (but not node_modules), {a,b} picks alternatives', async () => {
    expect(await expandGlobs(dir, ['*.py'])).toEqual(['train.py']);
    expect(await expandGlobs(dir, ['**/*.py'])).toEqual(['src/deep/util.py', 'src/model.py', 'train.py']);
    expect(await expandGlobs(dir, ['src/*.{py,yaml}'])).toEqual(['src/config.yaml', 'src/model.py']);
    expect(await expandGlobs(dir, ['src/**'])).toEqual(['src/config.yaml', 'src/deep/util.py', 'src/model.py']);
  });

  test('patterns that leave the working directory are refused', async () => {
    await expect(expandGlobs(dir, ['../*.py'])).rejects.toThrow(/outside the working directory/);
    await expect(expandGlobs(dir, ['/etc/*'])).rejects.toThrow(/outside the working directory/);
  });

  test('list inputs split on lines and commas, but not on the commas of {a,b}', () => {
    expect(splitPatterns('src/**/*.{py,yaml}, train.py\nconf/*.yml')).toEqual(['src/**/*.{py,yaml}', 'train.py', 'conf/*.yml']);
  });
});

describe('the training command', () => {
  test('a YAML or JSON list is the argument list, as given', async () => {
    expect(await parseTrainingCommand('[python, train.py, --epochs, 3]', dir)).toEqual(['python', 'train.py', '--epochs', '3']);
    expect(await parseTrainingCommand('["python", "a b.py", "--name=$HOME;x"]', dir)).toEqual(['python', 'a b.py', '--name=$HOME;x']);
    expect(await parseTrainingCommand('- python\n- train.py\n', dir)).toEqual(['python', 'train.py']);
  });

  test('a script path runs under the interpreter its extension names', async () => {
    expect(await parseTrainingCommand('train.py', dir)).toEqual([process.platform === 'win32' ? 'python' : 'python3', join(dir, 'train.py')]);
    expect(await parseTrainingCommand('train.sh', dir)).toEqual(['bash', join(dir, 'train.sh')]);
    expect(await parseTrainingCommand('run.mjs', dir, '/opt/node')).toEqual(['/opt/node', join(dir, 'run.mjs')]);
  });

  test('a shell string, a missing script or a list of objects is refused', async () => {
    await expect(parseTrainingCommand('python train.py && curl x | sh', dir)).rejects.toThrow(/looks like a shell command line/);
    await expect(parseTrainingCommand('missing.py', dir)).rejects.toThrow(/does not exist/);
    await expect(parseTrainingCommand('[{a: 1}]', dir)).rejects.toThrow(/plain strings/);
  });
});

describe('parameters', () => {
  test('a YAML params file, then name=value overrides read as YAML scalars', async () => {
    writeFileSync(join(dir, 'params.yml'), 'learning_rate: 0.1\nlayers: [64, 32]\nname: base\n');
    const params = applyParamOverrides(await readParamsFile(join(dir, 'params.yml')), ['learning_rate=0.05', 'name=wide', 'dropout=0.5', 'early_stop=true']);
    expect(params).toEqual({ learning_rate: 0.05, layers: [64, 32], name: 'wide', dropout: 0.5, early_stop: true });
  });

  test('a params file must be a mapping; an override must be name=value', async () => {
    writeFileSync(join(dir, 'list.yml'), '- 1\n- 2\n');
    await expect(readParamsFile(join(dir, 'list.yml'))).rejects.toThrow(/must hold a mapping/);
    await expect(readParamsFile(join(dir, 'none.yml'))).rejects.toThrow(/cannot be read/);
    expect(() => applyParamOverrides({}, ['=3'])).toThrow(/not name=value/);
  });

  test('environment names are upper-cased with anything but letters and digits as _', () => {
    expect(paramEnvironmentName('learning-rate')).toBe('MLCI_PARAM_LEARNING_RATE');
    expect(paramEnvironmentName('model.depth')).toBe('MLCI_PARAM_MODEL_DEPTH');
  });
});
