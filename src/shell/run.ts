// Runs one step as bash would: and-or chains with short-circuit and exit
// status, redirections opened with bash's flags before the command runs (a
// failed one skips the command with status 1), then the command itself.
import { O_APPEND, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, type Syscalls } from '../engine/api.ts';
import { STRERROR } from '../engine/errno.ts';
import { COMMANDS } from './commands/index.ts';
import { Process, StepOutput, type Fds } from './proc.ts';
import { parseStep, ShellSyntaxError, type SimpleCommand, type Step } from './syntax/parse.ts';
import { fromBytes } from './util/text.ts';

export interface StepResult {
  status: number;
  /** What the step printed on standard output (UTF-8 text). */
  stdout: string;
  /** Its error messages, in the tools' own words. */
  stderr: string;
}

const DEV_NULL = '/dev/null';

function runCommand(sys: Syscalls, cmd: SimpleCommand, out: StepOutput): number {
  const fds: Fds = { 0: { kind: 'empty' }, 1: { kind: 'stdout' }, 2: { kind: 'stderr' } };
  const opened: number[] = [];
  const closeAll = () => {
    for (const fd of opened) sys.close(fd);
  };
  for (const r of cmd.redirects) {
    if (r.kind === 'dup') {
      fds[r.fd] = fds[r.to];
      continue;
    }
    const target = r.target.text;
    if (target === DEV_NULL) {
      if (r.fd === 0) fds[0] = { kind: 'empty' };
      else if (r.fd === 'both') fds[1] = fds[2] = { kind: 'null' };
      else fds[r.fd] = { kind: 'null' };
      continue;
    }
    const flags =
      r.mode === 'read' ? O_RDONLY : r.mode === 'truncate' ? O_WRONLY | O_CREAT | O_TRUNC : O_WRONLY | O_CREAT | O_APPEND;
    const res = sys.open(target, flags, 0o666);
    if (!res.ok) {
      // bash reports on its own stderr as redirected so far.
      const p = new Process(sys, 'bash', fds, out);
      p.error(`${target}: ${STRERROR[res.errno]}`);
      closeAll();
      return 1;
    }
    opened.push(res.value);
    if (r.fd === 0) fds[0] = { kind: 'file', fd: res.value };
    else if (r.fd === 'both') fds[1] = fds[2] = { kind: 'file', fd: res.value };
    else fds[r.fd] = { kind: 'file', fd: res.value };
  }
  if (cmd.words.length === 0) {
    closeAll();
    return 0;
  }
  const [name, ...args] = cmd.words.map((w) => w.text);
  const def = COMMANDS.get(name);
  let status: number;
  if (!def) {
    new Process(sys, 'bash', fds, out).error(`${name}: command not found`);
    status = 127;
  } else {
    const proc = new Process(sys, def.builtin ? `bash: ${name}` : name, fds, out);
    const parsed = def.parse(args);
    if (parsed.ok) {
      status = proc.exit(def.run(proc, parsed.args));
    } else if (parsed.kind === 'usage') {
      proc.stderr(parsed.message);
      status = parsed.status;
    } else {
      proc.stderr(`${parsed.message}\n`);
      status = 2;
    }
  }
  closeAll();
  return status;
}

function runParsed(sys: Syscalls, step: Step, out: StepOutput): number {
  let status = 0;
  for (const chain of step) {
    status = runCommand(sys, chain.first, out);
    for (const { op, command } of chain.rest) {
      if ((op === '&&') === (status === 0)) status = runCommand(sys, command, out);
    }
  }
  return status;
}

/**
 * Runs one step (one line of a scenario) against `sys`. The working directory
 * carries over through `sys` (`cd` calls `sys.chdir`). A line outside the
 * language fails with status 2 and says why; check scripts first with
 * `checkScript` so that never happens half-way through one.
 */
export function runStep(sys: Syscalls, source: string): StepResult {
  const out = new StepOutput();
  let step: Step;
  try {
    step = parseStep(source);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return { status: 2, stdout: '', stderr: `bash: column ${e.column}: ${e.message}\n` };
  }
  const status = runParsed(sys, step, out);
  return { status, stdout: fromBytes(out.stdout), stderr: fromBytes(out.stderr) };
}
