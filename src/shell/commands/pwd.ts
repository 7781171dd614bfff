// bash's `pwd` builtin: the logical working directory ($PWD, see cd.ts).
// The workspace root is "/" in the simulated world.
import { getopt } from '../util/getopt.ts';
import { absolute } from '../util/path.ts';
import { logicalCwd } from './cd.ts';
import { ok, reject, type CommandDef } from './types.ts';

export const pwd: CommandDef<null> = {
  name: 'pwd',
  builtin: true,
  parse(args) {
    const r = getopt('pwd', args, [{ short: 'L', key: 'L' }], { noPermute: true });
    if (!r.ok) return reject(r.message, r.index);
    // bash ignores operands of pwd.
    return ok(null);
  },
  run(p) {
    p.print(`${absolute(logicalCwd(p.sys))}\n`);
    return 0;
  },
};
