// What every command line here (replay, oracle, fuzz, bench, image) does
// with its output streams, so that output is complete whatever stdout is:
//
// - Never `process.exit` once something was written: on a pipe, Node's
//   stdout writes may still be queued, and exit drops them (issue 10: 24 of
//   40 traces reached the reader). The programs set `process.exitCode` and
//   let the event loop empty the queue; `finish(status)` is that.
// - A reader that closes early (`| head -1`) makes the next write fail with
//   EPIPE. That is not an error of ours: the program ends at once, quietly
//   (no stack trace), with the status it had so far (0 unless something had
//   already failed), as `git log | head` does.
// - stderr that goes away (EPIPE there) stops progress messages, nothing else.

let installed = false;

/** Installs the EPIPE handling on stdout and stderr (idempotent). */
export function quietPipes(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      // Nothing more can reach the reader; what is queued is lost to it anyway.
      process.exit(process.exitCode ?? 0);
    }
    throw e;
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    throw e;
  });
}

let full = false;

/** Writes to stdout (with the EPIPE handling installed). */
export function out(text: string): void {
  quietPipes();
  if (!process.stdout.write(text)) full = true;
}

/**
 * Lets the event loop turn between two pieces of work: waits for stdout to
 * drain if its buffer is full (so memory stays bounded on a slow reader),
 * and lets a closed reader's EPIPE end the program now rather than after
 * all the work is done.
 */
export async function settle(): Promise<void> {
  if (full) {
    full = false;
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  } else await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Writes one line to stdout. */
export const outLine = (text = ''): void => out(`${text}\n`);

/** Writes to stderr; never fails when stderr has gone away. */
export function err(text: string): void {
  quietPipes();
  process.stderr.write(text);
}

/** Ends the program with `status` once stdout has drained: sets the exit code, exits nothing. */
export function finish(status: number): void {
  quietPipes();
  process.exitCode = status;
}
