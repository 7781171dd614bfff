// Permission checks, as the VFS makes them (fs/namei.c inode_permission,
// generic_permission, may_lookup, may_create, may_delete, may_linkat;
// fs/attr.c setattr_prepare; fs/xattr.c xattr_permission) and as overlayfs
// adds to them (fs/overlayfs/inode.c ovl_permission): the caller is checked
// against the overlay inode (whose owner and mode are those of the upper or
// top lower object), then the mounter against the real object beneath.
//
// Credentials: a process is root (uid 0, every capability) or an ordinary
// user (no capability), as setpriv --reuid leaves it. The mounter is always
// root: mount(2) needs CAP_SYS_ADMIN.
import { ROOT_CRED, type Cred } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, OK, type Result } from '../errno.ts';
import type { Inode } from '../fs/inode.ts';
import { realForMeta } from '../overlay/entry.ts';
import { mountReadonly } from '../overlay/mount.ts';
import type { Loc } from '../workspace.ts';
import { entryOf, metaInode } from './node.ts';

export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;
export const MAY_APPEND = 8;

export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;
const S_IXGRP = 0o010;

/** fs.protected_hardlinks, as on the machines the oracle runs on (the default of most distributions). */
export const PROTECTED_HARDLINKS = true;

export const credOf = (ctx: Ctx): Cred => ctx.cred ?? ROOT_CRED;

/** Every capability (CAP_DAC_OVERRIDE, CAP_FOWNER, CAP_CHOWN, CAP_FSETID, CAP_SYS_ADMIN...) or none. */
export const capable = (c: Cred): boolean => c.uid === 0;

/** in_group_p: the fsgid or a supplementary group. */
export const inGroup = (c: Cred, gid: number): boolean => c.gid === gid || c.groups.includes(gid);

/** inode_owner_or_capable (CAP_FOWNER). */
export const ownerOrCapable = (c: Cred, i: Inode): boolean => c.uid === i.uid || capable(c);

/** in_group_or_capable (CAP_FSETID). */
export const inGroupOrCapable = (c: Cred, gid: number): boolean => inGroup(c, gid) || capable(c);

/**
 * generic_permission: the owner's, the group's or the others' bits (the
 * first class the caller is in, even if a later one would allow more), then
 * CAP_DAC_OVERRIDE (everything but executing a file no one may execute) and
 * CAP_DAC_READ_SEARCH.
 */
export function genericPermission(c: Cred, i: Inode, mask: number): Result<void> {
  let bits = i.mode;
  if (c.uid === i.uid) bits >>= 6;
  else if (inGroup(c, i.gid)) bits >>= 3;
  if ((mask & ~bits & 7) === 0) return OK;
  if (capable(c)) {
    if (i.kind === 'dir') return OK;
    if (!(mask & MAY_EXEC) || (i.mode & 0o111) !== 0) return OK;
  }
  return fail('EACCES', deniedWhy(c, i, mask));
}

/** In words: who asked what of which object. */
function deniedWhy(c: Cred, i: Inode, mask: number): string {
  const asked = [mask & MAY_READ ? 'read' : '', mask & MAY_WRITE ? 'write' : '', mask & MAY_EXEC ? (i.kind === 'dir' ? 'search' : 'execute') : '']
    .filter(Boolean)
    .join(' and ');
  const cls = c.uid === i.uid ? 'its owner' : inGroup(c, i.gid) ? 'in its group' : 'another user';
  return `uid ${c.uid} (${cls}) may not ${asked}: owner ${i.uid}, group ${i.gid}, mode ${(i.mode & 0o7777).toString(8).padStart(4, '0')}`;
}

/** The disk's inodes hold their own attributes; symlinks and devices are not written through. */
const specialFile = (i: Inode): boolean => i.kind !== 'file' && i.kind !== 'dir' && i.kind !== 'symlink';

/**
 * inode_permission on an object wherever it is: sb_permission (a write on a
 * read-only overlay is EROFS), then generic_permission for the caller; on an
 * overlay, ovl_permission's second check of the real object with the
 * mounter's credentials, where a write to an object not yet copied up asks
 * only that the mounter can read it (to copy it up later).
 */
export function permission(ctx: Ctx, loc: Loc, mask: number): Result<void> {
  const mi = metaInode(ctx, loc);
  if (!mi.ok) return mi;
  const i = mi.value;
  if (loc.kind === 'ovl' && mask & MAY_WRITE && !specialFile(i) && mountReadonly(ctx, loc.mount)) return fail('EROFS');
  const c = credOf(ctx);
  const caller = genericPermission(c, i, mask);
  if (!caller.ok) return caller;
  if (loc.kind !== 'ovl') return OK;
  const e = entryOf(ctx, loc);
  if (!e.ok) return e;
  const real = ctx.ws.fs.inodes.get(realForMeta(e.value).ino);
  if (!real) return OK;
  let m = mask;
  if (e.value.upper === undefined && !specialFile(real) && m & MAY_WRITE) m = (m & ~(MAY_WRITE | MAY_APPEND)) | MAY_READ;
  const mounter = genericPermission(ROOT_CRED, real, m);
  return mounter.ok ? mounter : fail(mounter.errno, `the mounter's check on the layer below: ${mounter.why ?? ''}`);
}

/** may_lookup: search permission on each directory a path walks through. Root always has it. */
export function mayLookup(ctx: Ctx, dir: Loc): Result<void> {
  if (!ctx.cred || capable(ctx.cred)) return OK;
  const mi = metaInode(ctx, dir);
  if (!mi.ok || mi.value.kind !== 'dir') return OK;
  return permission(ctx, dir, MAY_EXEC);
}

/** may_create: write and search permission on the directory. */
export function mayCreate(ctx: Ctx, dir: Loc): Result<void> {
  return permission(ctx, dir, MAY_WRITE | MAY_EXEC);
}

/**
 * may_delete, its permission part: write and search on the directory, then
 * the sticky bit (only the owner of the file or of the directory may remove
 * a name from a sticky directory: EPERM). The type checks stay with callers.
 */
export function mayDelete(ctx: Ctx, dir: Loc, victim: Loc): Result<void> {
  const p = permission(ctx, dir, MAY_WRITE | MAY_EXEC);
  if (!p.ok) return p;
  const c = credOf(ctx);
  const d = metaInode(ctx, dir);
  const v = metaInode(ctx, victim);
  if (!d.ok || !v.ok) return OK;
  if (d.value.mode & S_ISVTX && !capable(c) && c.uid !== v.value.uid && c.uid !== d.value.uid) {
    return fail('EPERM', 'a sticky directory: only the owner of the name or of the directory may remove it');
  }
  return OK;
}

/**
 * may_linkat with fs.protected_hardlinks = 1: a caller may link to a file
 * it owns, or to a regular file that is not set-id and that it may read and
 * write; otherwise EPERM.
 */
export function mayLink(ctx: Ctx, src: Loc): Result<void> {
  const c = credOf(ctx);
  if (!PROTECTED_HARDLINKS || capable(c)) return OK;
  const mi = metaInode(ctx, src);
  if (!mi.ok) return mi;
  const i = mi.value;
  if (ownerOrCapable(c, i)) return OK;
  const safe =
    i.kind === 'file' &&
    !(i.mode & S_ISUID) &&
    (i.mode & (S_ISGID | S_IXGRP)) !== (S_ISGID | S_IXGRP) &&
    permission(ctx, src, MAY_READ | MAY_WRITE).ok;
  return safe ? OK : fail('EPERM', 'protected_hardlinks: only to a file one owns, or may read and write');
}

/** setattr_prepare for chmod: only the owner (or CAP_FOWNER), and set-group-id only for a member of the group. */
export function chmodPrepare(ctx: Ctx, i: Inode, mode: number): Result<number> {
  const c = credOf(ctx);
  if (!ownerOrCapable(c, i)) return fail('EPERM', `only the owner (uid ${i.uid}) or root may change the mode`);
  return { ok: true, value: inGroupOrCapable(c, i.gid) ? mode : mode & ~S_ISGID };
}

/**
 * setattr_prepare's chown_ok and chgrp_ok (-1 leaves an id as it is): only
 * CAP_CHOWN gives a file away; its owner may change its group to one it is
 * in. Then notify_change's set-id clearing on a file that is not a
 * directory: set-user-id always goes; set-group-id goes when group-exec is
 * set, or when the caller is neither in the group nor CAP_FSETID. Returns
 * the new mode when it changes.
 */
export function chownPrepare(ctx: Ctx, i: Inode, uid: number, gid: number): Result<number | undefined> {
  const c = credOf(ctx);
  if (uid !== -1 && !((c.uid === i.uid && uid === i.uid) || capable(c))) return fail('EPERM', 'only root may give a file to another user');
  if (gid !== -1 && !((c.uid === i.uid && (gid === i.gid || inGroup(c, gid))) || capable(c))) {
    return fail('EPERM', 'only the owner may change the group, and only to a group it is in');
  }
  if (i.kind === 'dir') return { ok: true, value: undefined };
  // chown_common asks for this whatever the ids, even -1 and -1.
  let mode = i.mode & ~S_ISUID;
  if (mode & S_ISGID && (mode & S_IXGRP || !inGroupOrCapable(c, i.gid))) mode &= ~S_ISGID;
  return { ok: true, value: mode === i.mode ? undefined : mode };
}

/**
 * notify_change with ATTR_TOUCH (utimensat to "now"): the owner (or
 * CAP_FOWNER), or anyone who may write the file.
 */
export function mayTouch(ctx: Ctx, loc: Loc): Result<void> {
  const mi = metaInode(ctx, loc);
  if (!mi.ok) return mi;
  if (ownerOrCapable(credOf(ctx), mi.value)) return OK;
  return permission(ctx, loc, MAY_WRITE);
}

/**
 * xattr_permission: trusted.* needs CAP_SYS_ADMIN (EPERM to set, ENODATA to
 * read); user.* lives only on files and directories, and a sticky
 * directory's only for its owner; security.* and system.* are the
 * filesystem's business; the rest asks inode_permission.
 */
export function xattrPermission(ctx: Ctx, loc: Loc, name: string, mask: number): Result<void> {
  const c = credOf(ctx);
  if (name.startsWith('security.') || name.startsWith('system.')) return OK;
  if (name.startsWith('trusted.')) return capable(c) ? OK : fail(mask & MAY_WRITE ? 'EPERM' : 'ENODATA');
  const mi = metaInode(ctx, loc);
  if (!mi.ok) return mi;
  const i = mi.value;
  if (name.startsWith('user.')) {
    if (i.kind !== 'file' && i.kind !== 'dir') return fail(mask & MAY_WRITE ? 'EPERM' : 'ENODATA');
    if (i.kind === 'dir' && i.mode & S_ISVTX && mask & MAY_WRITE && !ownerOrCapable(c, i)) return fail('EPERM');
  }
  if (capable(c)) return OK;
  return permission(ctx, loc, mask);
}

/**
 * Who owns a new object made in `parent` by the caller (inode_init_owner):
 * the caller's fsuid, and its fsgid unless the directory is set-group-id,
 * whose group it then takes (a new directory keeps the bit). Root's
 * objects in a plain directory need nothing said.
 */
export function newOwner(ctx: Ctx, parent: Loc, mode: number, isDir: boolean): { uid?: number; gid?: number; mode: number } {
  const c = credOf(ctx);
  const p = metaInode(ctx, parent);
  const pd = p.ok ? p.value : undefined;
  if (pd && pd.mode & S_ISGID) return { uid: c.uid, gid: pd.gid, mode: isDir ? mode | S_ISGID : mode };
  if (c.uid === 0 && c.gid === 0) return { mode };
  return { uid: c.uid, gid: c.gid, mode };
}
