// Names: mkdir, mknod, symlink, link, unlink, rmdir, rename, readlink,
// readdir. The VFS checks come first, in the kernel's order (so the same
// errno wins when several apply); then a plain directory is changed
// directly and an overlay directory through the overlay.
import { RENAME_EXCHANGE, RENAME_NOREPLACE, type DirEntry } from '../api.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child, isAncestorOrSelf } from '../fs/fs.ts';
import { realListing } from '../fs/listing.ts';
import type { Kernel } from '../kernel.ts';
import { ovlCreate, ovlLink } from '../overlay/create.ts';
import { mountReadonly } from '../overlay/mount.ts';
import { ovlReaddir } from '../overlay/readdir.ts';
import { ovlRemove } from '../overlay/remove.ts';
import { ovlRename } from '../overlay/rename.ts';
import { realCreate, realLink, realRename, realUnlink, realExchange } from '../real.ts';
import type { NewInode } from '../fs/fs.ts';
import { sameLoc, type Loc } from '../workspace.ts';
import { createNode, walkedPath } from './files.ts';
import { resolve, walk, type Walked } from './namei.ts';
import { entryOf, locType, metaInode } from './node.ts';
import { MAY_READ, MAY_WRITE, mayCreate, mayDelete, mayLink, permission } from './perm.ts';

/** Which mount a location is on: 0 for the disk itself. */
const mountOf = (loc: Loc): number => (loc.kind === 'base' ? 0 : loc.mount);

const isMountRoot = (loc: Loc): boolean => loc.kind === 'ovl' && loc.path.length === 0;

/** Something is mounted on this place (it cannot be removed or renamed). */
function isMountpoint(k: Kernel, loc: Loc): boolean {
  return k.ws.mounts.some((m) => sameLoc(m.mountpoint, loc)) || isMountRoot(loc);
}

function readonlyAt(k: Kernel, loc: Loc): boolean {
  return loc.kind === 'ovl' && mountReadonly(k, loc.mount);
}

/** filename_create: EEXIST for anything there (never followed), ENOENT for a slash on a new non-directory, then EROFS. */
function makeNode(k: Kernel, path: string, spec: NewInode, mode: number): Result<void> {
  const w = walk(k, k.cwd, path, false, 'parent');
  if (!w.ok) return w;
  const { parent, name, loc, lastKind } = w.value;
  if (lastKind !== 'normal' || loc) return fail('EEXIST');
  if (!parent) return fail('ENOENT');
  if (w.value.trailingSlash && spec.kind !== 'dir') return fail('ENOENT');
  if (readonlyAt(k, parent)) return fail('EROFS');
  const may = mayCreate(k, parent);
  if (!may.ok) return may;
  const r = createNode(k, parent, name, spec, mode);
  return r.ok ? ok(undefined) : r;
}

export function mkdir(k: Kernel, path: string, mode: number): Result<void> {
  return makeNode(k, path, { kind: 'dir' }, mode & ~k.umask & 0o1777);
}

export function mknod(k: Kernel, path: string, type: 'chardev' | 'blockdev' | 'fifo', mode: number, major: number, minor: number): Result<void> {
  const spec: NewInode = type === 'fifo' ? { kind: 'fifo' } : { kind: type, major, minor };
  return makeNode(k, path, spec, mode & ~k.umask & 0o7777);
}

export function symlink(k: Kernel, target: string, path: string): Result<void> {
  if (target === '') return fail('ENOENT');
  return makeNode(k, path, { kind: 'symlink', target }, 0o777);
}

/**
 * do_linkat: the old name is looked up (a trailing slash follows it and asks
 * for a directory), then the new one created as filename_create does
 * (EEXIST, ENOENT for a trailing slash, EROFS), then EXDEV, then EPERM for a
 * directory (vfs_link).
 */
export function link(k: Kernel, existing: string, newPath: string): Result<void> {
  const o = walk(k, k.cwd, existing, false);
  if (!o.ok) return o;
  if (!o.value.loc) return fail('ENOENT');
  const n = walk(k, k.cwd, newPath, false, 'parent');
  if (!n.ok) return n;
  if (n.value.loc || n.value.lastKind !== 'normal') return fail('EEXIST');
  if (!n.value.parent) return fail('ENOENT');
  if (n.value.trailingSlash) return fail('ENOENT');
  const oldLoc = o.value.loc;
  const parent = n.value.parent;
  if (readonlyAt(k, parent)) return fail('EROFS');
  if (mountOf(oldLoc) !== mountOf(parent)) return fail('EXDEV');
  // do_linkat's may_linkat (protected hardlinks), then vfs_link's may_create.
  const ml = mayLink(k, oldLoc);
  if (!ml.ok) return ml;
  const mc = mayCreate(k, parent);
  if (!mc.ok) return mc;
  const t = locType(k, oldLoc);
  if (!t.ok) return t;
  if (t.value === 'dir') return fail('EPERM');
  if (oldLoc.kind === 'ovl' && parent.kind === 'ovl') return ovlLink(k, oldLoc, parent, n.value.name);
  if (oldLoc.kind !== 'base' || parent.kind !== 'base') return fail('EXDEV');
  realLink(k, oldLoc.ino, walkedPath(k, o.value.parent, o.value.name, oldLoc), parent.ino, n.value.name, 'syscall');
  return ok(undefined);
}

/** do_unlinkat: EISDIR for `.`/`..`, EROFS, then ENOENT; with a trailing slash ENOENT, EISDIR or ENOTDIR (never followed). */
export function unlink(k: Kernel, path: string): Result<void> {
  const w = walk(k, k.cwd, path, false, 'parent');
  if (!w.ok) return w;
  const { loc, lastKind, parent } = w.value;
  if (lastKind !== 'normal') return fail('EISDIR');
  if (parent && readonlyAt(k, parent)) return fail('EROFS');
  if (!loc) return fail('ENOENT');
  if (parent && !w.value.trailingSlash) {
    const may = mayDelete(k, parent, loc);
    if (!may.ok) return may;
  }
  const t = locType(k, loc);
  if (!t.ok) return t;
  if (t.value === 'dir') return fail('EISDIR');
  if (w.value.trailingSlash) return fail('ENOTDIR');
  if (loc.kind === 'ovl') return ovlRemove(k, loc, false);
  realUnlink(k, (parent as Loc & { kind: 'base' }).ino, w.value.name, 'syscall');
  return ok(undefined);
}

/** do_rmdir: the last name is never followed, so `rmdir link/` is ENOTDIR. */
export function rmdir(k: Kernel, path: string): Result<void> {
  const w = walk(k, k.cwd, path, false, 'parent');
  if (!w.ok) return w;
  const { loc, lastKind, parent } = w.value;
  if (lastKind === 'dotdot') return fail('ENOTEMPTY');
  if (lastKind === 'dot') return fail('EINVAL');
  if (lastKind === 'root') return fail('EBUSY');
  if (parent && readonlyAt(k, parent)) return fail('EROFS');
  if (!loc) return fail('ENOENT');
  if (parent) {
    const may = mayDelete(k, parent, loc);
    if (!may.ok) return may;
  }
  const t = locType(k, loc);
  if (!t.ok) return t;
  if (t.value !== 'dir') return fail('ENOTDIR');
  if (isMountpoint(k, loc)) return fail('EBUSY');
  if (loc.kind === 'ovl') return ovlRemove(k, loc, true);
  const d = k.ws.fs.inodes.get(loc.ino);
  if (d && d.kind === 'dir' && d.entries.size > 0) return fail('ENOTEMPTY');
  realUnlink(k, (parent as Loc & { kind: 'base' }).ino, w.value.name, 'syscall');
  return ok(undefined);
}

export function rename(k: Kernel, from: string, to: string, flags: number): Result<void> {
  if (flags & RENAME_NOREPLACE && flags & RENAME_EXCHANGE) return fail('EINVAL');
  const o = walk(k, k.cwd, from, false, 'parent');
  if (!o.ok) return o;
  const n = walk(k, k.cwd, to, false, 'parent');
  if (!n.ok) return n;
  const op = o.value.parent;
  const np = n.value.parent;
  if (o.value.lastKind !== 'normal' || !op) return fail('EBUSY');
  if (n.value.lastKind !== 'normal' || !np) return fail(flags & RENAME_NOREPLACE ? 'EEXIST' : 'EBUSY');
  if (mountOf(op) !== mountOf(np)) return fail('EXDEV');
  if (readonlyAt(k, op)) return fail('EROFS');
  const oldLoc = o.value.loc;
  if (!oldLoc) return fail('ENOENT');
  const newLoc = n.value.loc;
  if (flags & RENAME_NOREPLACE && newLoc) return fail('EEXIST');
  if (flags & RENAME_EXCHANGE && !newLoc) return fail('ENOENT');
  const ot = locType(k, oldLoc);
  if (!ot.ok) return ot;
  const nt = newLoc ? locType(k, newLoc) : ok(null);
  if (!nt.ok) return nt;
  if (!(flags & RENAME_EXCHANGE) && ot.value !== 'dir' && (o.value.trailingSlash || n.value.trailingSlash)) return fail('ENOTDIR');
  const trap = ancestry(k, op, o.value.name, np, n.value.name);
  if (trap) return fail(trap);
  if (newLoc && sameObject(k, oldLoc, newLoc)) return ok(undefined);
  const may = renamePermission(k, op, oldLoc, ot.value === 'dir', np, newLoc, nt.value === 'dir', flags);
  if (!may.ok) return may;
  if (!(flags & RENAME_EXCHANGE) && newLoc) {
    if (ot.value === 'dir' && nt.value !== 'dir') return fail('ENOTDIR');
    if (ot.value !== 'dir' && nt.value === 'dir') return fail('EISDIR');
  }
  if (isMountpoint(k, oldLoc) || (newLoc && isMountpoint(k, newLoc))) return fail('EBUSY');
  const newPathLoc = { kind: 'ovl' as const, mount: 0, path: [] as string[] };
  if (op.kind === 'ovl' && np.kind === 'ovl') {
    void newPathLoc;
    return ovlRename(k, { kind: 'ovl', mount: op.mount, path: [...op.path, o.value.name] }, { kind: 'ovl', mount: np.mount, path: [...np.path, n.value.name] }, flags);
  }
  if (op.kind !== 'base' || np.kind !== 'base') return fail('EXDEV');
  if (newLoc && !(flags & RENAME_EXCHANGE) && nt.value === 'dir') {
    const d = k.ws.fs.inodes.get((newLoc as Loc & { kind: 'base' }).ino);
    if (d && d.kind === 'dir' && d.entries.size > 0) return fail('ENOTEMPTY');
  }
  if (flags & RENAME_EXCHANGE) realExchange(k, op.ino, o.value.name, np.ino, n.value.name, 'syscall');
  else realRename(k, op.ino, o.value.name, np.ino, n.value.name, 'syscall');
  return ok(undefined);
}

/**
 * vfs_rename's permission checks, in its order: may_delete of the old name,
 * may_create or may_delete of the new one, and a directory moving to
 * another parent must be writable itself (its '..' changes).
 */
function renamePermission(k: Kernel, op: Loc, oldLoc: Loc, oldIsDir: boolean, np: Loc, newLoc: Loc | null, newIsDir: boolean, flags: number): Result<void> {
  const a = mayDelete(k, op, oldLoc);
  if (!a.ok) return a;
  const b = newLoc ? mayDelete(k, np, newLoc) : mayCreate(k, np);
  if (!b.ok) return b;
  if (!sameLoc(op, np)) {
    if (oldIsDir && !(flags & RENAME_EXCHANGE)) {
      const c = permission(k, oldLoc, MAY_WRITE);
      if (!c.ok) return c;
    }
    if (flags & RENAME_EXCHANGE && newLoc && newIsDir) {
      const d = permission(k, newLoc, MAY_WRITE);
      if (!d.ok) return d;
    }
  }
  return ok(undefined);
}

/** lock_rename's traps: a directory cannot move below itself, nor replace its own ancestor. */
function ancestry(k: Kernel, op: Loc, oldName: string, np: Loc, newName: string): 'EINVAL' | 'ENOTEMPTY' | null {
  if (op.kind === 'base' && np.kind === 'base') {
    const oldIno = child(k.ws.fs, op.ino, oldName);
    const newIno = child(k.ws.fs, np.ino, newName);
    if (oldIno && oldIno.kind === 'dir' && isAncestorOrSelf(k.ws.fs, oldIno.ino, np.ino)) return 'EINVAL';
    if (newIno && newIno.kind === 'dir' && isAncestorOrSelf(k.ws.fs, newIno.ino, op.ino)) return 'ENOTEMPTY';
    return null;
  }
  if (op.kind === 'ovl' && np.kind === 'ovl') {
    const oldPath = [...op.path, oldName];
    const newPath = [...np.path, newName];
    const isPrefix = (a: string[], b: readonly string[]) => a.length <= b.length && a.every((c, i) => c === b[i]);
    if (isPrefix(oldPath, np.path)) return 'EINVAL';
    if (isPrefix(newPath, op.path)) return 'ENOTEMPTY';
  }
  return null;
}

function sameObject(k: Kernel, a: Loc, b: Loc): boolean {
  if (a.kind === 'base' && b.kind === 'base') return a.ino === b.ino;
  if (a.kind === 'ovl' && b.kind === 'ovl') {
    const ea = entryOf(k, a);
    const eb = entryOf(k, b);
    if (!ea.ok || !eb.ok) return false;
    const ia = ea.value.upper ?? ea.value.lowers[0]?.ino;
    const ib = eb.value.upper ?? eb.value.lowers[0]?.ino;
    return ia !== undefined && ia === ib;
  }
  return false;
}

export function readlink(k: Kernel, path: string): Result<string> {
  const w = walk(k, k.cwd, path, false);
  if (!w.ok) return w;
  if (!w.value.loc) return fail('ENOENT');
  const mi = metaInode(k, w.value.loc);
  if (!mi.ok) return mi;
  return mi.value.kind === 'symlink' ? ok(mi.value.target) : fail('EINVAL');
}

export function readdir(k: Kernel, path: string): Result<readonly DirEntry[]> {
  const r = resolve(k, k.cwd, path, true);
  if (!r.ok) return r;
  // opendir: open(O_RDONLY|O_DIRECTORY) asks to read the directory.
  const t = locType(k, r.value);
  if (t.ok && t.value === 'dir') {
    const may = permission(k, r.value, MAY_READ);
    if (!may.ok) return may;
  }
  return readdirLoc(k, r.value);
}

export function readdirLoc(k: Kernel | Parameters<typeof entryOf>[0], loc: Loc): Result<readonly DirEntry[]> {
  const t = locType(k, loc);
  if (!t.ok) return t;
  if (t.value !== 'dir') return fail('ENOTDIR');
  if (loc.kind === 'ovl') {
    const e = entryOf(k, loc);
    if (!e.ok) return e;
    return ovlReaddir(k, loc.mount, e.value);
  }
  const d = k.ws.fs.inodes.get(loc.ino);
  if (!d || d.kind !== 'dir') return fail('ENOTDIR');
  return ok(realListing(k.ws.fs, d.entries).entries);
}

export type { Walked };
export { realCreate, ovlCreate };
