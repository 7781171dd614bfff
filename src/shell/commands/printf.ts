// bash's `printf` builtin (no -v: variables are not part of the language).
import { printf as format, unsupportedConversion } from '../util/printf-format.ts';
import { ok, reject, type CommandDef } from './types.ts';

interface PrintfArgs {
  format: string | null;
  args: string[];
}

export const printf: CommandDef<PrintfArgs> = {
  name: 'printf',
  builtin: true,
  parse(args) {
    let rest = [...args];
    if (rest[0] === '--') rest = rest.slice(1);
    else if (rest[0]?.startsWith('-') && rest[0] !== '-') {
      return reject(
        rest[0] === '-v' ? 'printf: `-v` assigns a variable, which is not part of the scenario language' : `printf: option '${rest[0]}' is not supported`,
        0,
      );
    }
    if (rest.length === 0) return ok({ format: null, args: [] });
    const bad = unsupportedConversion(rest[0]);
    if (bad) return reject(`printf: the conversion ${bad} is not supported`, args.length - rest.length);
    return ok({ format: rest[0], args: rest.slice(1) });
  },
  run(p, a) {
    if (a.format === null) {
      p.stderr('printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    const r = format(a.format, a.args);
    p.printBytes(r.bytes);
    for (const e of r.errors) p.error(e);
    return r.status;
  },
};
