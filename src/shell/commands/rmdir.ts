// rmdir: rmdir(2) on each operand. On ENOTDIR for a name with a trailing
// slash, rmdir.c looks closer: if stat of the name finds a directory (or
// fails other than ENOTDIR) and lstat without the slash finds a symlink, it
// says "Symbolic link not followed" (the kernel never follows the last
// name of rmdir, slash or not).
import type { Syscalls } from '../../engine/api.ts';
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
        p.error(`failed to remove ${quote(d)}: ${r.errno === 'ENOTDIR' && symlinkNotFollowed(p.sys, d) ? 'Symbolic link not followed' : STRERROR[r.errno]}`);
        status = 1;
      }
    }
    return status;
  },
};

function symlinkNotFollowed(sys: Syscalls, d: string): boolean {
  if (!d.endsWith('/')) return false;
  const st = sys.stat(d);
  if (st.ok ? st.value.type !== 'dir' : st.errno === 'ENOTDIR') return false;
  const l = sys.lstat(d.replace(/\/+$/, '') || '/');
  return l.ok && l.value.type === 'symlink';
}
