// Attributes: chmod, chown, utimes and extended attributes, on the disk
// directly or through an overlay (which copies the object up first).
import type { Bytes, XattrOpts } from '../api.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Kernel } from '../kernel.ts';
import { ovlSetattr } from '../overlay/setattr.ts';
import { ovlGetxattr, ovlListxattr, ovlSetxattr } from '../overlay/xattr.ts';
import { realSetattr } from '../real.ts';
import type { Loc } from '../workspace.ts';
import { walkedPath } from './files.ts';
import { walk } from './namei.ts';
import { metaInode } from './node.ts';
import { capable, chmodPrepare, chownPrepare, credOf, MAY_READ, MAY_WRITE, mayTouch, xattrPermission } from './perm.ts';
import { mountReadonly } from '../overlay/mount.ts';
import { checkXattrName, removeRealXattr, setRealXattr } from './xattr-rules.ts';

interface Target {
  loc: Loc;
  label: string;
}

function target(k: Kernel, path: string, follow: boolean): Result<Target> {
  const w = walk(k, k.cwd, path, follow);
  if (!w.ok) return w;
  if (!w.value.loc) return fail('ENOENT');
  return ok({ loc: w.value.loc, label: walkedPath(k, w.value.parent, w.value.name, w.value.loc) });
}

/** mnt_want_write: a change through a read-only overlay fails before anything is checked. */
function writable(k: Kernel, loc: Loc): Result<void> {
  return loc.kind === 'ovl' && mountReadonly(k, loc.mount) ? fail('EROFS') : ok(undefined);
}

export function chmod(k: Kernel, path: string, mode: number): Result<void> {
  const t = target(k, path, true);
  if (!t.ok) return t;
  const w = writable(k, t.value.loc);
  if (!w.ok) return w;
  const mi = metaInode(k, t.value.loc);
  if (!mi.ok) return mi;
  const m = chmodPrepare(k, mi.value, mode);
  if (!m.ok) return m;
  if (t.value.loc.kind === 'ovl') return ovlSetattr(k, t.value.loc, { mode: m.value });
  realSetattr(k, t.value.loc.ino, t.value.label, { mode: m.value }, 'syscall');
  return ok(undefined);
}

/** fchownat; -1 leaves an id as it is. */
export function chown(k: Kernel, path: string, uid: number, gid: number, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const w = writable(k, t.value.loc);
  if (!w.ok) return w;
  const mi = metaInode(k, t.value.loc);
  if (!mi.ok) return mi;
  const m = chownPrepare(k, mi.value, uid, gid);
  if (!m.ok) return m;
  const change = {
    ...(uid !== -1 ? { uid } : {}),
    ...(gid !== -1 ? { gid } : {}),
    ...(m.value !== undefined ? { mode: m.value } : {}),
  };
  if (t.value.loc.kind === 'ovl') return ovlSetattr(k, t.value.loc, change);
  realSetattr(k, t.value.loc.ino, t.value.label, change, 'syscall');
  return ok(undefined);
}

export function utimes(k: Kernel, path: string, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const w = writable(k, t.value.loc);
  if (!w.ok) return w;
  const may = mayTouch(k, t.value.loc);
  if (!may.ok) return may;
  if (t.value.loc.kind === 'ovl') return ovlSetattr(k, t.value.loc, { times: true });
  const now = k.ws.fs.clock;
  realSetattr(k, t.value.loc.ino, t.value.label, { times: { atime: now, mtime: now } }, 'syscall');
  return ok(undefined);
}

export function getxattr(k: Kernel, path: string, name: string, opts?: XattrOpts): Result<Bytes> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const n = checkXattrName(name);
  if (!n.ok && n.errno !== 'EOPNOTSUPP') return n;
  const may = xattrPermission(k, t.value.loc, name, MAY_READ);
  if (!may.ok) return may;
  if (t.value.loc.kind === 'ovl') return ovlGetxattr(k, t.value.loc, name);
  const v = k.ws.fs.inodes.get(t.value.loc.ino)?.xattrs[name];
  return v === undefined ? fail('ENODATA') : ok(v);
}

export function listxattr(k: Kernel, path: string, opts?: XattrOpts): Result<string[]> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const names = t.value.loc.kind === 'ovl' ? ovlListxattr(k, t.value.loc) : ok(Object.keys(k.ws.fs.inodes.get(t.value.loc.ino)?.xattrs ?? {}));
  // trusted.* names are listed for CAP_SYS_ADMIN only (the filesystem's list filter, and ovl_can_list).
  if (!names.ok || capable(credOf(k))) return names;
  return ok(names.value.filter((x) => !x.startsWith('trusted.')));
}

export function setxattr(k: Kernel, path: string, name: string, value: Bytes, flags: number, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const may = setPermission(k, t.value.loc, name);
  if (!may.ok) return may;
  if (t.value.loc.kind === 'ovl') return ovlSetxattr(k, t.value.loc, name, value, flags);
  return setRealXattr(k, t.value.loc.ino, t.value.label, name, value, flags);
}

export function removexattr(k: Kernel, path: string, name: string, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  const may = setPermission(k, t.value.loc, name);
  if (!may.ok) return may;
  if (t.value.loc.kind === 'ovl') return ovlSetxattr(k, t.value.loc, name, null, 0);
  return removeRealXattr(k, t.value.loc.ino, t.value.label, name);
}

/** An unprivileged setxattr or removexattr: name checks, then the mount's write access, then xattr_permission. Root's checks stay where they were. */
function setPermission(k: Kernel, loc: Loc, name: string): Result<void> {
  if (capable(credOf(k))) return ok(undefined);
  const n = checkXattrName(name);
  if (!n.ok && n.errno !== 'EOPNOTSUPP') return n;
  const w = writable(k, loc);
  if (!w.ok) return w;
  return xattrPermission(k, loc, name, MAY_WRITE);
}
