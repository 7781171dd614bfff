// The shell's own state that outlives one command: its options, set with
// `set`. Only noclobber is in the language (`set -C` / `set -o noclobber`).
// A step is one `bash -c` on the kernel (tools/kernel/run.ts), so the
// options are carried from step to step as the working directory is: kept
// beside the Syscalls here while a step runs, returned with its result, and
// handed to the next step.

export interface ShellOptions {
  /** `set -C`: `>`, `&>` and `>&file` refuse to truncate an existing regular file (bash's noclobber_open). */
  noclobber: boolean;
}

export const DEFAULT_OPTIONS: ShellOptions = Object.freeze({ noclobber: false });

const OPTIONS = new WeakMap<object, ShellOptions>();

/** The options in force for commands run on `sys` (bash's defaults until `set` changes them). */
export function shellOptions(sys: object): ShellOptions {
  return OPTIONS.get(sys) ?? DEFAULT_OPTIONS;
}

export function setShellOptions(sys: object, options: ShellOptions): void {
  OPTIONS.set(sys, Object.freeze({ ...options }));
}
