// A small Dockerfile reader for the image test: stages, and in each its instructions with line
// continuations joined and comments dropped; exec-form (JSON) ENTRYPOINT/CMD as argv arrays. It
// reads what our Dockerfile uses (FROM … AS, WORKDIR, ENV, RUN, COPY [--from], USER, EXPOSE,
// ENTRYPOINT, CMD) and refuses what it does not know, so a new instruction makes the test fail loudly.

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  base: string;
  name?: string;
  instructions: Instruction[];
}

const KNOWN = new Set(['FROM', 'WORKDIR', 'ENV', 'RUN', 'COPY', 'USER', 'EXPOSE', 'ENTRYPOINT', 'CMD', 'ARG', 'LABEL']);

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let logical = lines[i]!.trim();
    if (logical === '' || logical.startsWith('#')) continue;
    while (logical.endsWith('\\') && i + 1 < lines.length) {
      const next = lines[++i]!.trim();
      logical = `${logical.slice(0, -1).trimEnd()} ${next.startsWith('#') ? '' : next}`.trim();
    }
    const match = /^(\S+)\s+(.*)$/.exec(logical);
    if (!match) throw new Error(`Dockerfile line ${start + 1}: cannot read "${logical}"`);
    const keyword = match[1]!.toUpperCase();
    if (!KNOWN.has(keyword)) throw new Error(`Dockerfile line ${start + 1}: the image test does not know ${keyword}; teach test/e2e/dockerfile.ts what it means`);
    const args = match[2]!;
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Dockerfile line ${start + 1}: cannot read FROM ${args}`);
      stages.push({ base: from[1]!, ...(from[2] ? { name: from[2] } : {}), instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`Dockerfile line ${start + 1}: ${keyword} before FROM`);
      stages.at(-1)!.instructions.push({ keyword, args, line: start + 1 });
    }
  }
  return stages;
}

/** the last ENTRYPOINT or CMD of a stage, exec form only (a shell form would need /bin/sh -c) */
export function execForm(stage: Stage, keyword: 'ENTRYPOINT' | 'CMD'): string[] {
  const found = stage.instructions.filter((i) => i.keyword === keyword).at(-1);
  if (!found) return [];
  const argv: unknown = JSON.parse(found.args);
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error(`Dockerfile line ${found.line}: ${keyword} is not a JSON list of strings`);
  return argv;
}

/** COPY's flags (--from=…) and its sources and destination */
export function copyParts(instruction: Instruction): { from?: string; sources: string[]; dest: string } {
  const words = instruction.args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const rest = words.filter((w) => !w.startsWith('--'));
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
  return { ...(from ? { from } : {}), sources: rest.slice(0, -1), dest: rest.at(-1)! };
}

/** `A=1 B=2 cmd args && other` → the commands, each with its leading variable assignments */
export function shellCommands(run: string): { env: Record<string, string>; argv: string[] }[] {
  return run.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    const env: Record<string, string> = {};
    while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=\S*$/.test(words[0]!)) {
      const [name, value] = words.shift()!.split('=') as [string, string];
      env[name] = value;
    }
    return { env, argv: words };
  });
}
