// bash's `true`, `false` and `:` builtins: handy in && / || lessons, and
// `: > file` empties a file.
import { ok, type CommandDef } from './types.ts';

export const trueCmd: CommandDef<null> = { name: 'true', builtin: true, parse: () => ok(null), run: () => 0 };
export const falseCmd: CommandDef<null> = { name: 'false', builtin: true, parse: () => ok(null), run: () => 1 };
export const colonCmd: CommandDef<null> = { name: ':', builtin: true, parse: () => ok(null), run: () => 0 };
