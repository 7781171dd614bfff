// The file descriptors one command runs with, after bash has applied its
// redirections: the step's own stdout and stderr, an open file in the
// workspace, or /dev/null.
import type { Bytes, Syscalls } from '../engine/api.ts';
import { STRERROR, type Errno } from '../engine/errno.ts';
import type { Proc, ReadResult } from './commands/types.ts';
import { toBytes } from './util/text.ts';

export type Sink =
  | { kind: 'stdout' }
  | { kind: 'stderr' }
  | { kind: 'null' }
  | { kind: 'file'; fd: number };

export type Source = { kind: 'empty' } | { kind: 'file'; fd: number };

export interface Fds {
  0: Source;
  1: Sink;
  2: Sink;
}

/** What a step has printed so far, as bytes. */
export class StepOutput {
  stdout: Bytes = '';
  stderr: Bytes = '';
}

/** Writes to a sink; returns the errno when write(2) fails. */
export function writeSink(sys: Syscalls, out: StepOutput, sink: Sink, data: Bytes): Errno | undefined {
  if (data === '') return undefined;
  switch (sink.kind) {
    case 'stdout':
      out.stdout += data;
      return undefined;
    case 'stderr':
      out.stderr += data;
      return undefined;
    case 'null':
      return undefined;
    case 'file': {
      const r = sys.write(sink.fd, data);
      return r.ok ? undefined : r.errno;
    }
  }
}

/**
 * A process for one command. Stdout written with `print` is held back until
 * `exit`, like glibc's full buffering on a file or pipe; stderr is
 * unbuffered. So `cmd > f 2>&1` puts the messages before the output, as on
 * Linux.
 */
export class Process implements Proc {
  private pending: Bytes = '';
  private writeErrno: Errno | undefined;

  constructor(
    readonly sys: Syscalls,
    readonly name: string,
    private readonly fds: Fds,
    private readonly out: StepOutput,
  ) {}

  print(text: string): void {
    this.pending += toBytes(text);
  }

  printBytes(data: Bytes): void {
    this.pending += data;
  }

  writeNow(data: Bytes): void {
    const e = writeSink(this.sys, this.out, this.fds[1], data);
    if (e && !this.writeErrno) this.writeErrno = e;
  }

  error(message: string): void {
    this.stderr(`${this.name}: ${message}\n`);
  }

  stderr(text: string): void {
    writeSink(this.sys, this.out, this.fds[2], toBytes(text));
  }

  readStdin(): ReadResult {
    const src = this.fds[0];
    if (src.kind === 'empty') return { ok: true, data: '' };
    const r = this.sys.read(src.fd);
    return r.ok ? { ok: true, data: r.value } : { ok: false, errno: r.errno };
  }

  exec(name: string): Process {
    return new Process(this.sys, name, this.fds, this.out);
  }

  /** Flushes stdout; a failed write turns success into status 1, with the tool's message. */
  exit(status: number): number {
    this.writeNow(this.pending);
    this.pending = '';
    if (this.writeErrno && status === 0) {
      this.error(`write error: ${STRERROR[this.writeErrno]}`);
      return 1;
    }
    return status;
  }
}
