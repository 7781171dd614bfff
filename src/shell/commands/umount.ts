// util-linux umount: umount2(2) on each operand. A mount point is named in
// messages by its canonical path (as /proc/self/mountinfo has it), anything
// else as typed. Exit status 32 on failure.
import { STRERROR } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { absolute, resolveLexically } from '../util/path.ts';
import { MNT_EX_FAIL } from './mount.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

const MNT_DETACH = 2;

const MESSAGES: Partial<Record<string, string>> = {
  ENXIO: 'invalid block device',
  EINVAL: 'not mounted',
  EIO: "can't write superblock",
  EBUSY: 'target is busy',
  ENOENT: 'no mount point specified',
  EPERM: 'must be superuser to unmount',
  EACCES: 'block devices are not permitted on filesystem',
};

export const umount: CommandDef<{ lazy: boolean; targets: string[] }> = {
  name: 'umount',
  parse(args) {
    const r = getopt('umount', args, [{ short: 'l', long: 'lazy', key: 'l' }]);
    if (!r.ok) return reject(r.message, r.index);
    const abs = rejectAbsolute('umount', r.operands);
    if (abs) return abs;
    if (r.operands.length === 0) return usage('umount', 'bad usage');
    return ok({ lazy: has(r.opts, 'l'), targets: r.operands.map((o) => o.value) });
  },
  run(p, a) {
    let status = 0;
    for (const t of a.targets) {
      const canonical = resolveLexically(p.sys.cwd, t);
      const mounted = p.sys.mounts().some((m) => m.target === canonical);
      const r = p.sys.umount(t, a.lazy ? MNT_DETACH : 0);
      if (r.ok) continue;
      const name = mounted ? absolute(canonical) : t;
      p.stderr(`umount: ${name}: ${MESSAGES[r.errno] ?? `umount(2) system call failed: ${STRERROR[r.errno]}`}.\n`);
      status = MNT_EX_FAIL;
    }
    return status;
  },
};
