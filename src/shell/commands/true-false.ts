// bash's `true` and `false` builtins: handy in && / || lessons.
import { ok, type CommandDef } from './types.ts';

export const trueCmd: CommandDef<null> = { name: 'true', builtin: true, parse: () => ok(null), run: () => 0 };
export const falseCmd: CommandDef<null> = { name: 'false', builtin: true, parse: () => ok(null), run: () => 1 };
