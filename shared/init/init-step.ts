import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { parseBooleanInput, requireInput } from '../steps/inputs.js';
import type { StepDefinition } from '../steps/types.js';
import { DATA_SCHEMA, FORK_COMMENT_WORKFLOW, forkCommentWorkflow, GATE_POLICY, gatePolicy, pipelineWorkflow, PIPELINE_WORKFLOW, type InitSettings } from './templates.js';

type InitInput = 'data' | 'target' | 'model' | 'fork-safe' | 'force' | 'action';

/**
 * `mlci init`: adds mlci to the repository in the current directory in one command: the pipeline
 * workflow (and the fork-safe commenting workflow), a gate policy, and a data schema inferred from
 * the evaluation data. Existing files are never replaced without --force.
 */
export const initStep: StepDefinition<InitInput, 'files'> = {
  name: 'init',
  description: 'Adds mlci to this repository: .github/workflows/mlci.yml, .mlci/gate.yml and .mlci/schema.yml (inferred from --data).',
  inputs: {
    data: { description: 'The evaluation data file, relative to the repository root (the schema is inferred from it).', required: true },
    target: { description: 'The label column of the data.', required: true },
    model: { description: 'The candidate ONNX model the pipeline evaluates, relative to the repository root.', default: 'models/model.onnx' },
    'fork-safe': { description: 'true: also write .github/workflows/mlci-comment.yml, so that pull requests from forks get their comment and check.', default: 'false' },
    force: { description: 'true: replace files that already exist.', default: 'false' },
    action: { description: 'The repository of the mlci action, as the workflows name it in uses:.', default: 'mlci-dev/mlci' },
  },
  outputs: { files: { description: 'The files written, one per line.' } },
  async run(host) {
    // The work's modules load here, not with the definition: `mlci help` reads every definition and
    // must not load YAML, ajv and the data readers (docs/performance.md).
    const { inferSchemaFile } = await import('../validate/infer-schema-file.js');
    const { loadGatePolicy } = await import('../gate/load-policy.js');
    const { loadDataSchema } = await import('../validate/schema/load-schema.js');
    const root = resolve('.');
    const data = requireInput('data', host.input('data'), 'Pass --data with the evaluation data file, e.g. data/holdout.csv.');
    const target = requireInput('target', host.input('target'), 'Pass --target with the label column.');
    const forkSafe = parseBooleanInput('fork-safe', host.input('fork-safe'), false);
    const force = parseBooleanInput('force', host.input('force'), false);
    // workflows name repository paths: a path outside the repository would not exist on the runner
    const repoPath = (input: string, path: string) => {
      const rel = relative(root, resolve(path)).split('\\').join('/');
      if (rel.startsWith('..') || resolve(path) === root) throw new UserError(`--${input} ${path} is not inside this repository (${root}).`, `input ${input}`, 'Run mlci init at the repository root and name files inside it.');
      return rel;
    };
    const dataPath = repoPath('data', data);
    const modelPath = repoPath('model', host.input('model'));

    const planned = [PIPELINE_WORKFLOW, GATE_POLICY, DATA_SCHEMA, ...(forkSafe ? [FORK_COMMENT_WORKFLOW] : [])];
    const existing: string[] = [];
    for (const file of planned) if (await stat(resolve(root, file)).catch(() => undefined)) existing.push(file);
    if (existing.length > 0 && !force) {
      throw new UserError(`mlci init would replace ${existing.join(', ')}, which already exist${existing.length === 1 ? 's' : ''}.`, root, 'Move them aside, or pass --force true to replace them.');
    }

    host.logger.info(`Inferring ${DATA_SCHEMA} from ${dataPath}…`);
    await mkdir(resolve(root, '.mlci'), { recursive: true });
    const { schema } = await inferSchemaFile({ files: [dataPath], output: resolve(root, DATA_SCHEMA), target, cwd: root, logger: host.logger });
    const label = schema.columns.find((c) => c.name === target);
    if (!label) throw new UserError(`The data ${dataPath} has no column "${target}".`, dataPath, `Pass --target with one of: ${schema.columns.map((c) => c.name).join(', ')}.`);
    // a label with a short list of values is a class; anything else is a quantity
    const classification = label.allowedValues !== undefined || label.type.value === 'categorical' || label.type.value === 'boolean';
    const settings: InitSettings = { model: modelPath, data: dataPath, target, action: host.input('action').trim() || 'mlci-dev/mlci', task: classification ? 'binary' : 'regression', forkSafe };

    const texts: [string, string][] = [
      [PIPELINE_WORKFLOW, pipelineWorkflow(settings)],
      [GATE_POLICY, gatePolicy(settings.task)],
      ...(forkSafe ? [[FORK_COMMENT_WORKFLOW, forkCommentWorkflow(settings)] as [string, string]] : []),
    ];
    for (const [file, text] of texts) {
      await mkdir(dirname(resolve(root, file)), { recursive: true });
      await writeFileAtomic(resolve(root, file), text);
    }
    // what init writes must pass mlci's own checks
    await loadGatePolicy(resolve(root, GATE_POLICY));
    await loadDataSchema(resolve(root, DATA_SCHEMA));
    for (const file of planned) host.logger.info(`Wrote ${file}`);
    host.logger.info(`Next: commit these files and ${modelPath}; the first run on main becomes the baseline of later pull requests.`);
    host.setOutput('files', planned.join('\n'));
    return {};
  },
};
