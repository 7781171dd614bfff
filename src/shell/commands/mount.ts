// util-linux mount, for overlays only: `mount -t overlay SRC -o OPTS DIR`
// (several -o join with commas; ro/rw become MS_RDONLY, the rest is the
// data string), and `mount` alone listing the overlays. Failures are
// libmount's messages about the canonical mount point, exit status 32.
import { MS_RDONLY, type Syscalls } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { getopt, has } from '../util/getopt.ts';
import { absolute, resolveLexically } from '../util/path.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

export const MNT_EX_FAIL = 32;

interface MountArgs {
  list: boolean;
  source: string;
  target: string;
  flags: number;
  data: string;
}

// VFS options libmount would turn into mount flags; only ro/rw are modelled.
const VFS_OPTIONS = new Set([
  'async', 'atime', 'noatime', 'auto', 'noauto', 'defaults', 'dev', 'nodev', 'diratime', 'nodiratime', 'dirsync', 'exec',
  'noexec', 'iversion', 'noiversion', 'mand', 'nomand', 'relatime', 'norelatime', 'strictatime', 'nostrictatime',
  'lazytime', 'nolazytime', 'suid', 'nosuid', 'silent', 'loud', 'sync', 'user', 'nouser', 'users', 'owner', 'group',
  'remount', 'bind', 'rbind', 'move', 'nofail', 'loop',
]);

function message(sys: Syscalls, errno: Errno, a: MountArgs): string {
  switch (errno) {
    case 'EBUSY': {
      const m = sys.mounts().find((x) => x.source === a.source);
      return m ? `${a.source} already mounted on ${absolute(m.target)}` : `${a.source} already mounted or mount point busy`;
    }
    case 'ENOENT':
      if (!sys.lstat(a.target).ok) return 'mount point does not exist';
      if (!sys.stat(a.target).ok) return 'mount point is a symbolic link to nowhere';
      if (!sys.stat(a.source).ok) return `special device ${a.source} does not exist`;
      return `mount(2) system call failed: ${STRERROR[errno]}`;
    case 'ENOTDIR': {
      const st = sys.stat(a.target);
      if (!st.ok || st.value.type !== 'dir') return 'mount point is not a directory';
      return `mount(2) system call failed: ${STRERROR[errno]}`;
    }
    case 'EINVAL':
      return `wrong fs type, bad option, bad superblock on ${a.source}, missing codepage or helper program, or other error`;
    case 'EIO':
      return `can't read superblock on ${a.source}`;
    case 'ENODEV':
      return "unknown filesystem type 'overlay'";
    case 'EACCES':
    case 'EROFS':
      if (a.flags & MS_RDONLY) return `cannot mount ${a.source} read-only`;
      return `mount(2) system call failed: ${STRERROR[errno]}`;
    default:
      return `mount(2) system call failed: ${STRERROR[errno]}`;
  }
}

export const mount: CommandDef<MountArgs> = {
  name: 'mount',
  parse(args) {
    const r = getopt('mount', args, [
      { short: 't', long: 'types', key: 't', arg: 'required' },
      { short: 'o', long: 'options', key: 'o', arg: 'required' },
      { short: 'r', long: 'read-only', key: 'r' },
      { short: 'w', long: 'rw', key: 'w' },
    ]);
    if (!r.ok) return reject(r.message, r.index);
    if (r.opts.length === 0 && r.operands.length === 0) return ok({ list: true, source: '', target: '', flags: 0, data: '' });
    if (r.operands.length === 1) {
      return reject('mount: with one operand, mount looks it up in /etc/fstab; give the source and the mount point', r.operands[0].index);
    }
    const type = r.opts.filter((o) => o.key === 't').pop();
    if (!type || type.value !== 'overlay') return reject('mount: scenarios mount overlays only: add `-t overlay`', type?.valueIndex);
    const abs = rejectAbsolute('mount', r.operands);
    if (abs) return abs;
    if (r.operands.length !== 2) return usage('mount', 'bad usage');
    let flags = has(r.opts, 'r') ? MS_RDONLY : 0;
    const data: string[] = [];
    for (const o of r.opts) {
      if (o.key === 'w') flags &= ~MS_RDONLY;
      if (o.key === 'r') flags |= MS_RDONLY;
      if (o.key !== 'o') continue;
      for (const opt of o.value!.split(',')) {
        if (opt === '') continue;
        if (opt === 'ro') flags |= MS_RDONLY;
        else if (opt === 'rw') flags &= ~MS_RDONLY;
        else if (VFS_OPTIONS.has(opt)) return reject(`mount: the option '${opt}' is not supported in scenarios (only ro and rw of the generic ones)`, o.valueIndex);
        else {
          const eq = opt.indexOf('=');
          const isLayer = /^(lowerdir|upperdir|workdir|datadir)\+?$/.test(opt.slice(0, eq));
          if (isLayer && opt.slice(eq + 1).split(/(?<!\\):/).some((d) => d.startsWith('/'))) {
            return reject(`mount: '${opt}' names an absolute path, outside the workspace; use relative paths`, o.valueIndex);
          }
          data.push(opt);
        }
      }
    }
    return ok({ list: false, source: r.operands[0].value, target: r.operands[1].value, flags, data: data.join(',') });
  },
  run(p, a) {
    if (a.list) {
      for (const m of p.sys.mounts()) p.print(`${m.source} on ${absolute(m.target)} type ${m.fstype} (${m.options})\n`);
      return 0;
    }
    const fail = (where: string, text: string) => {
      p.stderr(`mount: ${where}: ${text}.\n       dmesg(1) may have more information after failed mount system call.\n`);
      return MNT_EX_FAIL;
    };
    // libmount canonicalizes the mount point first; a missing one is named as typed.
    if (!p.sys.lstat(a.target).ok) return fail(a.target, 'mount point does not exist');
    const where = absolute(resolveLexically(p.sys.cwd, a.target));
    const r = p.sys.mount(a.source, a.target, 'overlay', a.flags, a.data);
    if (r.ok) return 0;
    return fail(where, message(p.sys, r.errno, a));
  },
};
