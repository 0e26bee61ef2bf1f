import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeJsonAtomic } from '../fs/atomic.js';
import type { Logger } from '../log.js';
import { ProcessTree } from './process-tree.js';
import { paramEnvironmentName, paramEnvironmentValue, type TrainingParams } from './params.js';
import { TrainingProgress, finalRedraw } from './training-progress.js';

export interface RunCommandOptions {
  /** program and arguments, passed to the OS as they are (no shell) */
  argv: string[];
  cwd: string;
  params: TrainingParams;
  /** other values for the command, e.g. { DATA: 'train.csv', TARGET: 'label' } → MLCI_DATA, MLCI_TARGET */
  inputs: Record<string, string>;
  outputDir: string;
  /** where the params JSON file is written */
  scratchDir: string;
  timeoutMs: number;
  /** the environment the command inherits (PATH, HOME, …) before mlci's variables are added */
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  /** after a timeout's SIGTERM, how long to wait before SIGKILL */
  killGraceMs?: number;
}

export interface CommandRun {
  durationMs: number;
  /** the variables mlci set, for the lineage record */
  environment: Record<string, string>;
}

const TAIL_LINES = 20;

/**
 * Runs the user's training command in its own process group, streaming its output line by line
 * into a log group, and fails with the end of its stderr when it exits non-zero, is killed, or
 * outlives the timeout (then its whole process tree is killed, not just the direct child).
 */
export async function runTrainingCommand(options: RunCommandOptions): Promise<CommandRun> {
  const { argv, logger } = options;
  const paramsFile = join(options.scratchDir, 'mlci-params.json');
  await writeJsonAtomic(paramsFile, options.params);
  const environment: Record<string, string> = { MLCI_PARAMS_FILE: paramsFile, MLCI_OUTPUT_DIR: options.outputDir };
  for (const [name, value] of Object.entries(options.params)) environment[paramEnvironmentName(name)] = paramEnvironmentValue(value);
  for (const [name, value] of Object.entries(options.inputs)) environment[`MLCI_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`] = value;
  const env: Record<string, string> = {};
  // INPUT_* are this action's own inputs on a runner: not meant for the training code
  for (const [name, value] of Object.entries(options.env)) if (value !== undefined && !name.startsWith('INPUT_')) env[name] = value;
  Object.assign(env, environment);

  const shown = argv.map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  const started = performance.now();
  await logger.group(`Training: ${shown}`, () => runProcess(options, env, shown));
  return { durationMs: performance.now() - started, environment };
}

function runProcess(options: RunCommandOptions, env: Record<string, string>, shown: string): Promise<void> {
  const { argv, logger } = options;
  const windows = process.platform === 'win32';
  return new Promise<void>((resolvePromise, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'], detached: !windows, windowsHide: true });
    const stderrTail: string[] = [];
    const stdoutTail: string[] = [];
    const progress = new TrainingProgress(logger);
    const ticking = setInterval(() => progress.tick(), 1000);
    ticking.unref();
    logLines(child.stdout!, logger, stdoutTail, progress);
    logLines(child.stderr!, logger, stderrTail, progress);
    const tree = new ProcessTree(child.pid);
    const killAll = (signal: NodeJS.Signals) => {
      tree.kill(signal);
      killTree(child.pid, signal);
    };

    // the command runs in its own process group (so that a timeout can end all of it), which
    // also shields it from a Ctrl-C or a cancelled job aimed at us: pass those on
    const passOn = (signal: NodeJS.Signals) => {
      logger.warning(`Received ${signal}: stopping the training command.`);
      killAll(signal);
    };
    const forwarded: NodeJS.Signals[] = windows ? [] : ['SIGINT', 'SIGTERM'];
    for (const signal of forwarded) process.on(signal, passOn);
    const stopForwarding = () => forwarded.forEach((signal) => process.off(signal, passOn));

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      logger.warning(`The training command ran longer than ${formatDuration(options.timeoutMs)}; stopping it and its child processes.`);
      killAll('SIGTERM');
      setTimeout(() => killAll('SIGKILL'), options.killGraceMs ?? 5000).unref();
    }, options.timeoutMs);

    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearInterval(ticking);
      progress.finish();
      tree.stop();
      stopForwarding();
      // spawn reports a missing working directory as a missing program
      if (err.code === 'ENOENT' && !existsSync(options.cwd)) {
        reject(new UserError(`The working directory ${options.cwd} does not exist.`, 'input working-directory', 'Set working-directory to a folder of the repository (relative to where mlci runs), or check out the code first.'));
        return;
      }
      reject(
        err.code === 'ENOENT'
          ? new UserError(`The training program "${argv[0]}" was not found.`, `command ${shown} (in ${options.cwd})`, 'Install it on the runner (e.g. with actions/setup-python) or give its full path.')
          : new UserError(`The training command could not start: ${err.message}.`, `command ${shown}`, 'Check that the program exists and is executable.'),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(ticking);
      progress.finish();
      stopForwarding();
      // the direct child may be gone while its children linger: end the group either way
      if (timedOut) killAll('SIGKILL');
      tree.stop();
      const tail = (stderrTail.length ? stderrTail : stdoutTail).slice(-10).join('\n');
      const last = tail ? `\nLast lines of its ${stderrTail.length ? 'stderr' : 'output'}:\n${tail}` : '';
      if (timedOut) {
        reject(new UserError(`The training command timed out after ${formatDuration(options.timeoutMs)}.${last}`, `command ${shown}`, 'Raise timeout-minutes, or make training faster (fewer epochs, a sample of the data).'));
      } else if (code !== 0) {
        const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new UserError(`The training command ${how}.${last}`, `command ${shown}`, 'Fix the error in the training script shown above; run it locally with the same MLCI_* variables to reproduce.'));
      } else {
        resolvePromise();
      }
    });
  });
}

/** the most of an unfinished line kept: a progress bar redrawn with carriage returns never ends its line */
const MAX_PENDING = 64 * 1024;

/**
 * Logs a stream line by line as it arrives, keeping its last lines for an error message. A line
 * redrawn with carriage returns (a progress bar) is logged as it last stood, without them; its
 * latest state meanwhile goes to `progress`.
 */
export function logLines(stream: NodeJS.ReadableStream, logger: Logger, tail: string[], progress?: TrainingProgress): void {
  let pending = '';
  const emit = (raw: string) => {
    const line = raw.includes('\r') ? finalRedraw(raw) : raw;
    progress?.output(line);
    logger.info(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop()!;
    lines.forEach(emit);
    if (pending.includes('\r')) {
      progress?.output(pending);
      if (pending.length > MAX_PENDING) pending = `\r${finalRedraw(pending)}`;
    }
  });
  stream.on('end', () => pending && emit(pending));
}

function killTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    execFile('taskkill', ['/pid', String(pid), '/T', '/F'], () => {});
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has already exited
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
