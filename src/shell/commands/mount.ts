// util-linux mount, for overlays only: `mount -t overlay SRC -o OPTS DIR`
// (several -o join with commas; ro/rw become MS_RDONLY, the rest is the
// data string), `mount -o remount[,ro|rw] DIR`, and `mount` alone listing
// the overlays. Failures are libmount's messages about the canonical mount
// point, exit status 32.
import { MS_RDONLY, MS_REMOUNT, type Syscalls } from '../../engine/api.ts';
import { STRERROR, type Errno } from '../../engine/errno.ts';
import { getopt } from '../util/getopt.ts';
import { absolute, resolveLexically } from '../util/path.ts';
import { ok, reject, rejectAbsolute, usage, type CommandDef } from './types.ts';

export const MNT_EX_FAIL = 32;

interface MountArgs {
  list: boolean;
  /** null: `mount -o remount DIR` takes it from the mount table. */
  source: string | null;
  target: string;
  flags: number;
  /** ro or rw written out (a remount otherwise keeps the current one). */
  explicitRo: boolean | null;
  data: string;
}

// VFS options libmount would turn into mount flags; only ro/rw are modelled.
const VFS_OPTIONS = new Set([
  'async', 'atime', 'noatime', 'auto', 'noauto', 'defaults', 'dev', 'nodev', 'diratime', 'nodiratime', 'dirsync', 'exec',
  'noexec', 'iversion', 'noiversion', 'mand', 'nomand', 'relatime', 'norelatime', 'strictatime', 'nostrictatime',
  'lazytime', 'nolazytime', 'suid', 'nosuid', 'silent', 'loud', 'sync', 'user', 'nouser', 'users', 'owner', 'group',
  'bind', 'rbind', 'move', 'nofail', 'loop',
]);

function message(sys: Syscalls, errno: Errno, a: MountArgs): string {
  switch (errno) {
    case 'EBUSY': {
      if (a.flags & MS_REMOUNT) return 'mount point is busy';
      const m = sys.mounts().find((x) => x.source === a.source);
      return m ? `${a.source} already mounted on ${absolute(m.target)}` : `${a.source} already mounted or mount point busy`;
    }
    case 'ENOENT':
      if (!sys.lstat(a.target).ok) return 'mount point does not exist';
      if (!sys.stat(a.target).ok) return 'mount point is a symbolic link to nowhere';
      if (a.source !== null && !sys.stat(a.source).ok) return `special device ${a.source} does not exist`;
      return `mount(2) system call failed: ${STRERROR[errno]}`;
    case 'ENOTDIR': {
      const st = sys.stat(a.target);
      if (!st.ok || st.value.type !== 'dir') return 'mount point is not a directory';
      return `mount(2) system call failed: ${STRERROR[errno]}`;
    }
    case 'EINVAL':
      if (a.flags & MS_REMOUNT) return 'mount point not mounted or bad option';
      return `wrong fs type, bad option, bad superblock on ${a.source}, missing codepage or helper program, or other error`;
    case 'EIO':
      return `can't read superblock on ${a.source}`;
    case 'ENODEV':
      return "unknown filesystem type 'overlay'";
    case 'EACCES':
    case 'EROFS':
      if (a.flags & MS_RDONLY) return `cannot mount ${a.source} read-only`;
      if (a.flags & MS_REMOUNT) return `cannot remount ${a.source} read-write, is write-protected`;
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
    if (r.opts.length === 0 && r.operands.length === 0) {
      return ok({ list: true, source: '', target: '', flags: 0, explicitRo: null, data: '' });
    }
    let flags = 0;
    let explicitRo = null as boolean | null;
    const data: string[] = [];
    for (const o of r.opts) {
      if (o.key === 'w' || o.key === 'r') explicitRo = o.key === 'r';
      if (o.key !== 'o') continue;
      for (const opt of o.value!.split(',')) {
        if (opt === '') continue;
        if (opt === 'ro' || opt === 'rw') explicitRo = opt === 'ro';
        else if (opt === 'remount') flags |= MS_REMOUNT;
        else if (VFS_OPTIONS.has(opt)) {
          return reject(`mount: the option '${opt}' is not supported in scenarios (of the generic ones, only ro, rw and remount)`, o.valueIndex);
        } else {
          const eq = opt.indexOf('=');
          const isLayer = /^(lowerdir|upperdir|workdir|datadir)\+?$/.test(opt.slice(0, eq));
          if (isLayer && opt.slice(eq + 1).split(/(?<!\\):/).some((d) => d.startsWith('/'))) {
            return reject(`mount: '${opt}' names an absolute path, outside the workspace; use relative paths`, o.valueIndex);
          }
          data.push(opt);
        }
      }
    }
    if (explicitRo) flags |= MS_RDONLY;
    const remount = (flags & MS_REMOUNT) !== 0;
    if (r.operands.length === 1 && !remount) {
      return reject('mount: with one operand, mount looks it up in /etc/fstab; give the source and the mount point', r.operands[0].index);
    }
    const type = r.opts.filter((o) => o.key === 't').pop();
    if ((type || !remount) && type?.value !== 'overlay') return reject('mount: scenarios mount overlays only: add `-t overlay`', type?.valueIndex);
    const abs = rejectAbsolute('mount', r.operands);
    if (abs) return abs;
    if (r.operands.length > 2) return usage('mount', 'bad usage');
    const source = r.operands.length === 1 ? null : r.operands[0].value;
    const target = r.operands[r.operands.length - 1].value;
    return ok({ list: false, source, target, flags, explicitRo, data: data.join(',') });
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
    const canonical = resolveLexically(p.sys.cwd, a.target);
    let call = a;
    if (a.flags & MS_REMOUNT && a.source === null) {
      // `mount -o remount DIR`: source, options and ro/rw come from the mount table.
      const m = p.sys.mounts().findLast((x) => x.target === canonical);
      const current = m ? m.options.split(',') : [];
      const ro = a.explicitRo ?? current[0] === 'ro';
      const kept = current.filter((o) => o !== 'ro' && o !== 'rw' && o !== 'relatime');
      call = {
        ...a,
        source: m?.source ?? 'none',
        flags: (a.flags & ~MS_RDONLY) | (ro ? MS_RDONLY : 0),
        data: [...kept, ...(a.data ? [a.data] : [])].join(','),
      };
    }
    const r = p.sys.mount(call.source!, a.target, 'overlay', call.flags, call.data);
    if (r.ok) return 0;
    return fail(absolute(canonical), message(p.sys, r.errno, call));
  },
};
