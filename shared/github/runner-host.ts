import * as core from '@actions/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../errors.js';
import { runStep } from '../steps/run-step.js';
import { actionsArtifactStore } from './artifact-store.js';
import type { Logger } from '../log.js';
import { literalDefault, type DirectoryCache, type StepDefinition, type StepHost } from '../steps/types.js';

/** The library's Logger on top of the runner's workflow commands (groups, annotations). */
export const runnerLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m, loc) => core.warning(m, loc ? { file: loc.file, startLine: loc.line } : undefined),
  error: (m, loc) => core.error(m, loc ? { file: loc.file, startLine: loc.line } : undefined),
  debug: (m) => core.debug(m),
  group: (title, body) => core.group(title, body),
};

/** @actions/cache, loaded when a step first asks for the cache rather than with every action's start. */
const actionsCache = () => import('@actions/cache');

/** @actions/cache behind the DirectoryCache interface; a cache service outage is a miss, not a failure. */
export const actionsDirectoryCache: DirectoryCache = {
  async restore(key, dir) {
    const cache = await actionsCache();
    if (!cache.isFeatureAvailable()) return false;
    try {
      return (await cache.restoreCache([dir], key)) !== undefined;
    } catch (err) {
      core.warning(`Cache restore of ${key} failed, continuing without it: ${(err as Error).message}`);
      return false;
    }
  },
  async save(key, dir) {
    const cache = await actionsCache();
    if (!cache.isFeatureAvailable()) return;
    try {
      await cache.saveCache([dir], key);
    } catch (err) {
      // Another job saving the same key first is normal in a matrix.
      core.info(`Cache save of ${key} skipped: ${(err as Error).message}`);
    }
  },
};

function runnerTemp(): string {
  return process.env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'mlci-'));
}

export function createRunnerHost<I extends string, O extends string>(step: StepDefinition<I, O>): StepHost<I, O> {
  const temp = runnerTemp();
  return {
    input(name) {
      const value = core.getInput(name);
      // Whatever holds a credential is masked in the log before anything can print it.
      if (value && /token|password|secret/i.test(name)) core.setSecret(value);
      return value === '' ? literalDefault(step.inputs[name]) : value;
    },
    setOutput: (name, value) => core.setOutput(name, value),
    async summary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    logger: runnerLogger,
    tempDir: temp,
    toolCacheDir: process.env.RUNNER_TOOL_CACHE || join(temp, 'tool-cache'),
    cache: actionsDirectoryCache,
    env: process.env,
    onRunner: true,
    artifacts: actionsArtifactStore(),
  };
}

/**
 * The whole life of an action: run the step, fail the job on a failed gate, report a user's mistake
 * in plain words (with an annotation when it points at a file) and anything else as a bug.
 */
export async function runStepOnRunner<I extends string, O extends string>(step: StepDefinition<I, O>): Promise<void> {
  try {
    const host = createRunnerHost(step);
    // an action's process runs this one step
    host.ownsProcess = true;
    const outcome = await runStep(step, host);
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (err) {
    if (isUserError(err)) {
      if (err.location) core.error(err.message, { file: err.location.file, startLine: err.location.line });
      core.setFailed(err.message);
    } else if ((err as Error)?.name === 'GitHubUnavailableError') {
      // GitHub or its artifact service failed us: not the user's mistake, not a bug in mlci.
      core.setFailed(`${(err as Error).message} (GitHub did not answer; rerun the job when it is back.)`);
    } else {
      const e = err as Error;
      core.setFailed(`mlci ${step.name} failed unexpectedly (a bug in mlci, please report it): ${e?.stack ?? String(err)}`);
    }
  }
}
