// touch: open(O_WRONLY|O_CREAT|O_NOCTTY|O_NONBLOCK, 0666) then futimens on
// the descriptor; if the open fails (a directory, say), utimensat by name,
// and only if that fails too is the open's error reported, unless it was
// EISDIR, EINVAL or EPERM (touch.c keeps no copy of those: `touch f/` says
// "setting times of 'f/': Not a directory", utimensat's error).
import { O_CREAT, O_NOCTTY, O_NONBLOCK, O_WRONLY } from '../../engine/api.ts';
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { quote } from '../util/text.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

export const touch: CommandDef<{ noCreate: boolean; files: string[] }> = {
  name: 'touch',
  parse(args) {
    const r = getopt('touch', args, [{ short: 'c', long: 'no-create', key: 'c' }]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('touch', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('touch', 'missing file operand');
    return ok({ noCreate: has(r.opts, 'c'), files: r.operands.map((o) => o.value) });
  },
  run(p, { noCreate, files }) {
    let status = 0;
    for (const f of files) {
      let openErrno;
      if (!noCreate) {
        const fd = p.sys.open(f, O_WRONLY | O_CREAT | O_NOCTTY | O_NONBLOCK, 0o666);
        if (fd.ok) {
          const t = p.sys.futimes(fd.value);
          p.sys.close(fd.value);
          if (!t.ok) {
            p.error(`setting times of ${quote(f)}: ${STRERROR[t.errno]}`);
            status = 1;
          }
          continue;
        }
        if (fd.errno !== 'EISDIR' && fd.errno !== 'EINVAL' && fd.errno !== 'EPERM') openErrno = fd.errno;
      }
      const t = p.sys.utimes(f);
      if (t.ok) continue;
      if (openErrno) p.error(`cannot touch ${quote(f)}: ${STRERROR[openErrno]}`);
      else if (noCreate && t.errno === 'ENOENT') continue;
      else p.error(`setting times of ${quote(f)}: ${STRERROR[t.errno]}`);
      status = 1;
    }
    return status;
  },
};
