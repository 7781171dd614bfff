// bash's `echo` builtin: leading words made only of -n -e -E are options
// (anything else, `--` included, is printed), and with -e the escapes of
// util/escapes.ts, where `\c` ends all output.
import { piecesToBytes, unescape } from '../util/escapes.ts';
import { toBytes } from '../util/text.ts';
import { ok, type CommandDef } from './types.ts';

interface EchoArgs {
  newline: boolean;
  escapes: boolean;
  words: string[];
}

export const echo: CommandDef<EchoArgs> = {
  name: 'echo',
  builtin: true,
  parse(args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
      for (const c of args[i].slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    return ok({ newline, escapes, words: args.slice(i) });
  },
  run(p, { newline, escapes, words }) {
    if (!escapes) {
      p.printBytes(toBytes(words.join(' ') + (newline ? '\n' : '')));
      return 0;
    }
    let out = '';
    for (let i = 0; i < words.length; i++) {
      const u = unescape(words[i], 'echo');
      out += (i > 0 ? ' ' : '') + piecesToBytes(u.parts);
      if (u.stop) {
        p.printBytes(out);
        return 0;
      }
    }
    p.printBytes(out + (newline ? '\n' : ''));
    return 0;
  },
};
