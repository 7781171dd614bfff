// Runs one step as bash would: and-or chains with short-circuit and exit
// status, redirections opened with bash's flags before the command runs (a
// failed one skips the command with status 1), then the command itself.
import { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, type Syscalls } from '../engine/api.ts';
import { STRERROR, type Errno } from '../engine/errno.ts';
import { DEFAULT_OPTIONS, setShellOptions, shellOptions, type ShellOptions } from './options.ts';
import { COMMANDS } from './commands/index.ts';
import { Process, StepOutput, type Fds } from './proc.ts';
import { parseStep, ShellSyntaxError, type Redirect, type SimpleCommand, type Step } from './syntax/parse.ts';
import { fromBytes } from './util/text.ts';

export interface StepResult {
  status: number;
  /** What the step printed on standard output (UTF-8 text). */
  stdout: string;
  /** Its error messages, in the tools' own words. */
  stderr: string;
  /** The shell's options after it (`set -C`), for the next step. */
  options: ShellOptions;
}

const DEV_NULL = '/dev/null';

const NOCLOBBER = 'noclobber';
type Opened = { ok: true; value: number } | { ok: false; errno: Errno | typeof NOCLOBBER };

/** bash's redir_open: the flags of each operator, and noclobber_open for `>` under `set -C`. */
function openRedirect(sys: Syscalls, r: Redirect & { kind: 'file' }): Opened {
  const target = r.target.text;
  switch (r.mode) {
    case 'read':
      return sys.open(target, O_RDONLY, 0o666);
    case 'append':
      return sys.open(target, O_WRONLY | O_CREAT | O_APPEND, 0o666);
    case 'readwrite':
      return sys.open(target, O_RDWR | O_CREAT, 0o666);
    case 'truncate':
      if (r.force || !shellOptions(sys).noclobber) return sys.open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      return noclobberOpen(sys, target);
  }
}

/**
 * bash 5.2's noclobber_open (redir.c): stat first; an existing regular file
 * is refused without opening it. A name that is not there is created with
 * O_EXCL (so a dangling symlink, which O_EXCL never follows, is refused
 * too). Anything else (a directory, a device) is opened without O_TRUNC,
 * and kept only if it is still not a regular file. bash also compares the
 * device and inode numbers of the two stats, against a race no step has.
 */
function noclobberOpen(sys: Syscalls, target: string): Opened {
  const before = sys.stat(target);
  if (before.ok && before.value.type === 'file') return { ok: false, errno: NOCLOBBER };
  const flags = O_WRONLY | O_CREAT;
  const fd = sys.open(target, before.ok ? flags : flags | O_EXCL, 0o666);
  if (!fd.ok) return fd.errno === 'EEXIST' ? { ok: false, errno: NOCLOBBER } : fd;
  if (!before.ok) return fd;
  const after = sys.fstat(fd.value);
  if (after.ok && after.value.type !== 'file') return fd;
  sys.close(fd.value);
  return { ok: false, errno: NOCLOBBER };
}

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
    const res = openRedirect(sys, r);
    if (!res.ok) {
      // bash reports on its own stderr as redirected so far.
      const p = new Process(sys, 'bash', fds, out);
      p.error(`${target}: ${res.errno === NOCLOBBER ? 'cannot overwrite existing file' : STRERROR[res.errno]}`);
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
 * `checkScript` so that never happens half-way through one. `options` are
 * the shell's options the step starts with (the previous step's result's;
 * without them, whatever the last step on `sys` left, bash's defaults at first).
 */
export function runStep(sys: Syscalls, source: string, options?: ShellOptions): StepResult {
  if (options) setShellOptions(sys, options);
  const out = new StepOutput();
  let step: Step;
  try {
    step = parseStep(source);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return { status: 2, stdout: '', stderr: `bash: column ${e.column}: ${e.message}\n`, options: shellOptions(sys) };
  }
  const status = runParsed(sys, step, out);
  return { status, stdout: fromBytes(out.stdout), stderr: fromBytes(out.stderr), options: shellOptions(sys) };
}

export { DEFAULT_OPTIONS, type ShellOptions };
