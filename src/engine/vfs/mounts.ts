// mount(2) and umount(2): only overlay is a filesystem type here.
import { MS_BIND, MS_RDONLY, MS_REMOUNT, type MountInfo } from '../api.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Kernel } from '../kernel.ts';
import { ovlMount } from '../overlay/mount.ts';
import { redirectDir } from '../overlay/params.ts';
import { DETACHED, isDetached, mountById, type OverlayMount } from '../workspace.ts';
import { locPath, resolve } from './namei.ts';
import { locType } from './node.ts';
import { capable, credOf } from './perm.ts';

export function mount(k: Kernel, source: string, target: string, fstype: string, flags: number, data: string): Result<void> {
  const t = resolve(k, k.cwd, target, true);
  if (!t.ok) return t;
  const tt = locType(k, t.value);
  if (!tt.ok) return tt;
  // may_mount: CAP_SYS_ADMIN.
  if (!capable(credOf(k))) return fail('EPERM');
  if (flags & MS_REMOUNT) {
    if (t.value.kind !== 'ovl' || t.value.path.length !== 0) return fail('EINVAL', 'not mounted');
    const m = mountById(k.ws, t.value.mount);
    const ro = (flags & MS_RDONLY) !== 0;
    if (!ro && !m.upper) return fail('EROFS', 'an overlay without upperdir stays read-only');
    k.ws = { ...k.ws, mounts: k.ws.mounts.map((x) => (x.id === m.id ? { ...x, readonly: ro } : x)) };
    return ok(undefined);
  }
  if (flags & MS_BIND) return fail('EINVAL', 'bind mounts are not simulated');
  if (fstype !== 'overlay') return fail('ENODEV', `unknown filesystem type '${fstype}'`);
  if (tt.value !== 'dir') return fail('ENOTDIR');
  const r = ovlMount(
    k,
    { source, target: t.value, targetPath: locPath(k, t.value), data, readonlyFlag: (flags & MS_RDONLY) !== 0 },
    (p) => {
      const l = resolve(k, k.cwd, p, true);
      return l.ok ? ok({ loc: l.value, path: locPath(k, l.value) }) : l;
    },
  );
  if (!r.ok) return r;
  k.ws = { ...k.ws, mounts: [...k.ws.mounts, r.value], nextMountId: r.value.id + 1 };
  k.emit({ type: 'mount', mount: r.value.id, target: r.value.target, options: optionString(r.value) });
  return ok(undefined);
}

export function umount(k: Kernel, target: string): Result<void> {
  const t = resolve(k, k.cwd, target, true);
  if (!t.ok) return t;
  if (!capable(credOf(k))) return fail('EPERM');
  if (t.value.kind !== 'ovl' || t.value.path.length !== 0) return fail('EINVAL', 'not mounted');
  const m = mountById(k.ws, t.value.mount);
  // Busy while the shell's cwd is inside it, or another mount sits on it.
  const cwd = resolve(k, '', k.cwd, true);
  if (cwd.ok && cwd.value.kind === 'ovl' && (cwd.value.mount === m.id || within(k, cwd.value.mount, m.id))) {
    return fail('EBUSY', 'target is busy');
  }
  if (k.ws.mounts.some((x) => x.id !== m.id && within(k, x.id, m.id))) return fail('EBUSY', 'target is busy');
  if (usedAsLayer(k.ws.mounts, m.id)) {
    // A layer of another overlay: umount takes it out of the namespace, and
    // the outer overlay's reference keeps it (and its dentry cache) alive.
    k.ws = { ...k.ws, mounts: k.ws.mounts.map((x) => (x.id === m.id ? { ...x, mountpoint: DETACHED } : x)) };
    k.emit({ type: 'umount', mount: m.id, target: m.target });
    return ok(undefined);
  }
  // The mount goes, and with it any detached overlay only it still held.
  const gone = [m];
  let mounts = k.ws.mounts.filter((x) => x.id !== m.id);
  for (let freed = true; freed; ) {
    freed = false;
    for (const x of mounts) {
      if (isDetached(x) && !usedAsLayer(mounts, x.id)) {
        gone.push(x);
        mounts = mounts.filter((y) => y.id !== x.id);
        freed = true;
        break;
      }
    }
  }
  k.ws = { ...k.ws, mounts };
  // Inodes only its dentry cache still held (names deleted behind its back) go now.
  let inodes = k.ws.fs.inodes;
  for (const g of gone) {
    for (const ino of g.pins.keys()) {
      const i = inodes.get(ino);
      if (i && i.nlink === 0 && !k.isHeld(ino)) inodes = inodes.delete(ino);
    }
  }
  if (inodes !== k.ws.fs.inodes) k.ws = { ...k.ws, fs: { ...k.ws.fs, inodes } };
  k.emit({ type: 'umount', mount: m.id, target: m.target });
  return ok(undefined);
}

/** Whether some mount stacks on mount `id` (uses it as a lower layer). */
function usedAsLayer(mounts: readonly OverlayMount[], id: number): boolean {
  return mounts.some((x) => x.id !== id && [...x.lowers, ...x.dataLowers].some((l) => l.ovl?.mount === id));
}

/** Is mount `inner` attached somewhere inside mount `outer`? */
function within(k: Kernel, inner: number, outer: number): boolean {
  let cur = k.ws.mounts.find((x) => x.id === inner);
  while (cur && cur.mountpoint.kind === 'ovl') {
    if (cur.mountpoint.mount === outer) return true;
    const next = cur.mountpoint.mount;
    cur = k.ws.mounts.find((x) => x.id === next);
  }
  return false;
}

/** The options as /proc/mounts shows them. */
export function optionString(m: OverlayMount): string {
  const c = m.config;
  const parts = [m.readonly ? 'ro' : 'rw', 'relatime', `lowerdir=${c.lowerdirAll}`];
  if (c.upperdir) parts.push(`upperdir=${c.upperdir}`, `workdir=${c.workdir}`);
  if (c.redirectMode !== 'follow') parts.push(`redirect_dir=${c.redirectMode}`);
  if (c.index) parts.push('index=on');
  if (c.nfsExport) parts.push('nfs_export=on');
  if (c.metacopy) parts.push('metacopy=on');
  if (c.volatile) parts.push('volatile');
  if (c.userxattr) parts.push('userxattr');
  if (m.upper && (c.uuid === 'auto' || c.uuid === 'on')) parts.push('uuid=on');
  else if (c.uuid === 'off' || c.uuid === 'null') parts.push(`uuid=${c.uuid}`);
  void redirectDir;
  return parts.join(',');
}

export function mountTable(k: Kernel): MountInfo[] {
  return k.ws.mounts.filter((m) => !isDetached(m)).map((m) => ({ source: m.source, target: m.target, fstype: 'overlay', options: optionString(m) }));
}
