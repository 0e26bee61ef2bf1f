import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` heredocs, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
    outputs[m[1]] = body.join('\n');
  }
  return outputs;
}

/**
 * Runs a committed action bundle the way a runner does: a child `node` process with INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and RUNNER_TEMP.
 */
export async function runAction(bundle: string, inputs: Record<string, string>, env: Record<string, string> = {}, cwd = repoRoot): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), 'mlci-action-'));
  const outputFile = join(work, 'github_output');
  const summaryFile = join(work, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: work,
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: repoRoot,
    ...inputEnv,
    ...env,
  };
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [join(repoRoot, bundle)], { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolvePromise({
        exitCode: error ? ((error as { code?: number }).code ?? 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}
