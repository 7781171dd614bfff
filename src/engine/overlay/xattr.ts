// Extended attributes through the overlay: the overlay's own (under
// trusted.overlay., or user.overlay. with userxattr) are neither shown nor
// settable; others are read from the top copy, and setting one copies the
// object up first.
import type { Bytes } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Loc } from '../workspace.ts';
import { realForMeta } from './entry.ts';
import { shownXattrs } from './stack.ts';
import { escapeXattr, ovlXattrs, unescapeXattr } from './layers.ts';
import { mountById } from '../workspace.ts';
import { mountReadonly } from './mount.ts';
import { ovlCopyUp } from './copyup.ts';
import { ovlEntryAt } from './resolve.ts';
import { realPath } from '../vfs/node.ts';
import { setRealXattr, removeRealXattr } from '../vfs/xattr-rules.ts';

type OvlLoc = Loc & { kind: 'ovl' };


/**
 * Since 6.7 the overlay escapes its own namespace: <prefix>X set through
 * the mount is stored as <prefix>overlay.X, so it can never change how the
 * overlay behaves, and reads back under its own name. Only the mount's own
 * prefix is escaped: with userxattr, trusted.overlay.X is stored as it is.
 */
const escapeName = (ctx: Ctx, mount: number, name: string): string => escapeXattr(ovlXattrs(mountById(ctx.ws, mount)), name);

export function ovlGetxattr(ctx: Ctx, loc: OvlLoc, name: string): Result<Bytes> {
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  const v = shownXattrs(ctx, realForMeta(e.value))[escapeName(ctx, loc.mount, name)];
  return v === undefined ? fail('ENODATA') : ok(v);
}

export function ovlListxattr(ctx: Ctx, loc: OvlLoc): Result<string[]> {
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  const xs = shownXattrs(ctx, realForMeta(e.value));
  const x = ovlXattrs(mountById(ctx.ws, loc.mount));
  return ok(Object.keys(xs).map((n) => unescapeXattr(x, n)).filter((n): n is string => n !== null));
}

export function ovlSetxattr(ctx: Ctx, loc: OvlLoc, userName: string, value: Bytes | null, flags: number): Result<void> {
  const name = escapeName(ctx, loc.mount, userName);
  if (mountReadonly(ctx, loc.mount)) return fail('EROFS');
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  if (value === null && e.value.upper === undefined) {
    // Removing what the lower copy does not have fails before any copy-up.
    if (shownXattrs(ctx, realForMeta(e.value))[name] === undefined) return fail('ENODATA');
  }
  // ovl_xattr_set copies up only an object with no upper at all: a lower
  // hard link whose index entry is already up (another name copied it)
  // has its xattrs changed there, without gaining an upper name of its own.
  let upper = e.value.upper;
  if (upper === undefined) {
    const up = ovlCopyUp(ctx, loc.mount, loc.path);
    if (!up.ok) return up;
    upper = up.value.upper!;
  }
  const label = realPath(ctx, loc, undefined, 'meta');
  return value === null ? removeRealXattr(ctx, upper, label, name) : setRealXattr(ctx, upper, label, name, value, flags);
}
