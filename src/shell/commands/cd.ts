// bash's `cd` builtin in its default logical mode: the new directory is
// $PWD/DIR with `.` and `..` removed by text (so `cd link/..` comes back),
// and only if that fails is DIR tried as typed.
import { STRERROR } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { absolute, resolveLexically } from '../util/path.ts';
import { ok, reject, rejectAbsolute, type CommandDef } from './types.ts';

export const cd: CommandDef<{ dir: string }> = {
  name: 'cd',
  builtin: true,
  parse(args) {
    const r = getopt('cd', args, [], { noPermute: true });
    if (!r.ok) return reject(r.message, r.index);
    if (r.operands.length === 0) return reject('cd: `cd` with no directory goes to $HOME, which is outside the workspace');
    if (r.operands.length > 1) return reject('cd: too many arguments', r.operands[1].index);
    const abs = rejectAbsolute('cd', r.operands);
    if (abs) return abs;
    if (r.operands[0].value === '-') return reject('cd: `cd -` uses $OLDPWD, a variable, which is not part of the scenario language', r.operands[0].index);
    return ok({ dir: r.operands[0].value });
  },
  run(p, { dir }) {
    if (dir === '') return 0; // bash: an empty operand leaves the directory as it is
    const logical = absolute(resolveLexically(p.sys.cwd, dir));
    const first = p.sys.chdir(logical);
    if (first.ok) return 0;
    const second = p.sys.chdir(dir);
    if (second.ok) return 0;
    p.error(`${dir}: ${STRERROR[first.errno]}`);
    return 1;
  },
};
