// bash's `set` builtin, for the one option the language has: noclobber
// (`set -C`, `set -o noclobber`; `+C`, `+o noclobber` turn it off). Every
// other option, `set` alone (it lists variables) and positional parameters
// (`set -- a b`) are rejected by name before the script runs.
import { setShellOptions, shellOptions } from '../options.ts';
import { ok, reject, type CommandDef } from './types.ts';

/** bash's single-letter options, so a rejection can name the one meant. */
const LETTERS: Record<string, string> = {
  a: 'allexport', b: 'notify', e: 'errexit', f: 'noglob', h: 'hashall', k: 'keyword', m: 'monitor', n: 'noexec',
  p: 'privileged', t: 'onecmd', u: 'nounset', v: 'verbose', x: 'xtrace', B: 'braceexpand', E: 'errtrace',
  H: 'histexpand', P: 'physical', T: 'functrace',
};

const OUTSIDE = 'is not part of the scenario language (it has `set -C`, `set -o noclobber` and their `+` forms)';

export const set: CommandDef<{ noclobber: boolean }[]> = {
  name: 'set',
  builtin: true,
  parse(args) {
    if (args.length === 0) return reject('set: `set` with no options lists the shell\'s variables, which are not part of the scenario language');
    const changes: { noclobber: boolean }[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const sign = a[0];
      if ((sign !== '-' && sign !== '+') || a === '-' || a === '+' || a === '--') {
        return reject(`set: positional parameters (\`set ${a === '--' || a === '-' ? `${a} ...` : a}\`) are not part of the scenario language`, i);
      }
      // `-o NAME` takes the next word, also inside a cluster (`set -Co noclobber`).
      let next = i + 1;
      for (const letter of a.slice(1)) {
        if (letter === 'C') changes.push({ noclobber: sign === '-' });
        else if (letter === 'o') {
          const name = args[next];
          if (name === undefined) return reject(`set: \`set ${sign}o\` without an option name prints the options, which ${OUTSIDE}`, i);
          if (name !== 'noclobber') return reject(`set: the shell option \`${name}\` ${OUTSIDE}`, next);
          changes.push({ noclobber: sign === '-' });
          next++;
        } else {
          return reject(`set: the shell option \`${sign}${letter}\`${LETTERS[letter] ? ` (${LETTERS[letter]})` : ''} ${OUTSIDE}`, i);
        }
      }
      i = next - 1;
    }
    return ok(changes);
  },
  run(p, changes) {
    let options = shellOptions(p.sys);
    for (const c of changes) options = { ...options, ...c };
    setShellOptions(p.sys, options);
    return 0;
  },
};
