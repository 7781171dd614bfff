// What the overlay's marks on a layer object mean to a lookup, read under
// the mount's own names (ovlXattrs): whiteout, opaque, metacopy, redirect,
// and whether the mount's options allow following the last two.
import { utf8Decode } from '../bytes.ts';
import { fail, ok, type Result } from '../errno.ts';
import { isWhiteoutInode, type Inode } from '../fs/inode.ts';
import type { OverlayMount } from '../workspace.ts';
import type { OvlXattrNames } from './layers.ts';
import { redirectFollow } from './params.ts';

/** A whiteout: a 0/0 character device, or an empty file marked with the overlay's whiteout xattr. */
export function isLookupWhiteout(i: Inode, x: OvlXattrNames): boolean {
  return isWhiteoutInode(i) || (i.kind === 'file' && i.data.length === 0 && i.xattrs[x.whiteout] !== undefined);
}

export function isOpaqueDir(i: Inode, x: OvlXattrNames): boolean {
  return i.kind === 'dir' && i.xattrs[x.opaque] === 'y';
}

export function isMetacopyFile(i: Inode, x: OvlXattrNames): boolean {
  return i.kind === 'file' && i.xattrs[x.metacopy] !== undefined;
}

/** The redirect xattr as a path of names: its bytes are UTF-8, names are text. */
export function redirectOf(i: Inode | undefined, x: OvlXattrNames): string | undefined {
  const v = i?.xattrs[x.redirect];
  return v === undefined ? undefined : (utf8Decode(v) ?? v);
}

/** A redirect xattr, validated as ovl_get_redirect_xattr does. */
export function readRedirect(i: Inode, x: OvlXattrNames): Result<string | undefined> {
  const v = redirectOf(i, x);
  if (v === undefined) return ok(undefined);
  if (v === '') return fail('EINVAL', `invalid redirect ()`);
  if (v.startsWith('/')) {
    if (v.split('/').slice(1).some((c) => c === '')) return fail('EINVAL', `invalid redirect (${v})`);
  } else if (v.includes('/')) return fail('EINVAL', `invalid redirect (${v})`);
  return ok(v);
}

/**
 * ovl_check_follow_redirect (6.15+): following a metacopy without
 * metacopy=on, or a redirect without redirect_dir following, is refused.
 * Checked before each lower is asked and once after, except for a metacopy
 * whose absolute redirect leads into the data-only layers, which needs
 * neither option (so data-only layers work with userxattr).
 */
export function mayFollow(m: OverlayMount, d: { readonly metacopy: boolean; readonly redirect?: string }, path: readonly string[]): Result<void> {
  if (d.metacopy && !m.config.metacopy) return fail('EPERM', `refusing to follow metacopy origin for ${path.join('/')}`);
  if (d.redirect !== undefined && !redirectFollow(m.config)) return fail('EPERM', `refusing to follow redirect for ${path.join('/')}`);
  return ok(undefined);
}
