// What every command module provides: an argument parser (pure, so a whole
// script can be checked before it runs) and an implementation that makes the
// same system calls as the real tool, through the process it is given.
import type { Bytes, Syscalls } from '../../engine/api.ts';
import type { Errno } from '../../engine/errno.ts';
import type { Operand } from '../util/getopt.ts';

export type ReadResult = { ok: true; data: Bytes } | { ok: false; errno: Errno };

export interface Proc {
  readonly sys: Syscalls;
  /** Program name, as diagnostics print it. */
  readonly name: string;
  /** Output through stdio: kept until the program exits, as glibc buffers a file or a pipe. */
  print(text: string): void;
  printBytes(data: Bytes): void;
  /** write(2) on fd 1 at once, for tools that bypass stdio (cat). */
  writeNow(data: Bytes): void;
  /** `<name>: <message>` and a newline, on stderr. */
  error(message: string): void;
  /** Raw text on stderr. */
  stderr(text: string): void;
  /** Everything left on standard input. */
  readStdin(): ReadResult;
  /** execve: a process for another program with the same descriptors (its stdout flushed by its own `exit`). */
  exec(name: string): Proc & { exit(status: number): number };
}

export type Parsed<A> =
  | { ok: true; args: A }
  /** Outside the scenario language: the script is rejected before it runs. */
  | { ok: false; kind: 'reject'; message: string; index?: number }
  /** The tool's own usage error: it runs, prints this and exits with `status`. */
  | { ok: false; kind: 'usage'; message: string; status: number };

export interface CommandDef<A = unknown> {
  name: string;
  /** Runs inside the shell (cd, pwd, echo, printf); its messages start with `bash: `. */
  builtin?: boolean;
  parse(args: readonly string[]): Parsed<A>;
  run(p: Proc, args: A): number;
}

export const ok = <A>(args: A): Parsed<A> => ({ ok: true, args });

export const reject = (message: string, index?: number): Parsed<never> => ({ ok: false, kind: 'reject', message, index });

/** A GNU usage error: the message, the --help hint, and (by default) status 1. */
export const usage = (name: string, message: string, status = 1): Parsed<never> => ({
  ok: false,
  kind: 'usage',
  message: `${name}: ${message}\nTry '${name} --help' for more information.\n`,
  status,
});

/** The simulated world is the workspace: an absolute path would name something else on a real machine. */
export function rejectAbsolute(name: string, operands: readonly Operand[]): Parsed<never> | null {
  const abs = operands.find((o) => o.value.startsWith('/'));
  if (!abs) return null;
  return reject(
    `${name}: the absolute path '${abs.value}' is outside the workspace; scenarios use relative paths`,
    abs.index,
  );
}
