// rmdir: rmdir(2) on each operand.
import { STRERROR } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { quote } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

export const rmdir: CommandDef<{ dirs: string[] }> = {
  name: 'rmdir',
  parse(args) {
    const r = getopt('rmdir', args, []);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('rmdir', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('rmdir', 'missing operand');
    return ok({ dirs: r.operands.map((o) => o.value) });
  },
  run(p, { dirs }) {
    let status = 0;
    for (const d of dirs) {
      const r = p.sys.rmdir(d);
      if (!r.ok) {
        p.error(`failed to remove ${quote(d)}: ${STRERROR[r.errno]}`);
        status = 1;
      }
    }
    return status;
  },
};
