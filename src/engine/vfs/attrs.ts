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

export function chmod(k: Kernel, path: string, mode: number): Result<void> {
  const t = target(k, path, true);
  if (!t.ok) return t;
  if (t.value.loc.kind === 'ovl') return ovlSetattr(k, t.value.loc, { mode });
  realSetattr(k, t.value.loc.ino, t.value.label, { mode }, 'syscall');
  return ok(undefined);
}

export function chown(k: Kernel, path: string, uid: number, gid: number, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  if (t.value.loc.kind === 'ovl') return ovlSetattr(k, t.value.loc, { uid, gid });
  realSetattr(k, t.value.loc.ino, t.value.label, { uid, gid }, 'syscall');
  return ok(undefined);
}

export function utimes(k: Kernel, path: string, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
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
  if (t.value.loc.kind === 'ovl') return ovlGetxattr(k, t.value.loc, name);
  const v = k.ws.fs.inodes.get(t.value.loc.ino)?.xattrs[name];
  return v === undefined ? fail('ENODATA') : ok(v);
}

export function listxattr(k: Kernel, path: string, opts?: XattrOpts): Result<string[]> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  if (t.value.loc.kind === 'ovl') return ovlListxattr(k, t.value.loc);
  return ok(Object.keys(k.ws.fs.inodes.get(t.value.loc.ino)?.xattrs ?? {}));
}

export function setxattr(k: Kernel, path: string, name: string, value: Bytes, flags: number, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  if (t.value.loc.kind === 'ovl') return ovlSetxattr(k, t.value.loc, name, value, flags);
  return setRealXattr(k, t.value.loc.ino, t.value.label, name, value, flags);
}

export function removexattr(k: Kernel, path: string, name: string, opts?: XattrOpts): Result<void> {
  const t = target(k, path, !opts?.nofollow);
  if (!t.ok) return t;
  if (t.value.loc.kind === 'ovl') return ovlSetxattr(k, t.value.loc, name, null, 0);
  return removeRealXattr(k, t.value.loc.ino, t.value.label, name);
}
