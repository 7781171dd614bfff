// Recording where an upper object came from (trusted.overlay.origin), and
// marking its parent "impure" so readdir knows to look origins up.
import type { Ctx } from '../ctx.ts';
import { OK, type Result } from '../errno.ts';
import { dirPathString } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { realSetXattr } from '../real.ts';
import type { OverlayMount } from '../workspace.ts';
import { hasOrigin, type OvlEntry, type RealRef } from './entry.ts';
import { encodeFh } from './fh.ts';
import { canHoldMarks, ovlXattrs, type OvlXattrNames } from './layers.ts';

/** ovl_set_impure: once per upper directory. */
export function setImpure(ctx: Ctx, x: OvlXattrNames, upperDir: Ino | undefined): void {
  if (upperDir === undefined) return;
  const d = ctx.ws.fs.inodes.get(upperDir);
  if (!d || d.xattrs[x.impure] !== undefined) return;
  realSetXattr(ctx, upperDir, dirPathString(ctx.ws.fs, upperDir), x.impure, 'y', 'impure');
}

/**
 * ovl_fix_origin: a merged directory whose upper has no origin (made by hand
 * in the layers, say) gets one when it is first looked up, and its parent
 * becomes impure. Lookup writes to the upper layer here.
 */
export function fixOrigin(ctx: Ctx, m: OverlayMount, parent: OvlEntry, upper: Ino, lower: RealRef): Result<void> {
  const u = ctx.ws.fs.inodes.get(upper);
  const x = ovlXattrs(m);
  if (!u || u.xattrs[x.origin] !== undefined) return OK;
  realSetXattr(ctx, upper, dirPathString(ctx.ws.fs, upper), x.origin, originFh(ctx, m, lower), 'origin');
  setImpure(ctx, x, parent.upper);
  return OK;
}

/**
 * OVL_TYPE_ORIGIN: an upper with a lower part the overlay keeps tying it to.
 * A lower file with several links, copied up without the index, was cut
 * loose (no origin recorded), so moving it marks nothing impure.
 */
export function originType(ctx: Ctx, x: OvlXattrNames, e: OvlEntry): boolean {
  if (!hasOrigin(e) || e.constIno === false) return false;
  if (e.type === 'dir' || e.metacopy) return true;
  const upper = ctx.ws.fs.inodes.get(e.upper!);
  // Where no origin could be written (userxattr, a symlink) the dentry still holds its lower.
  return upper?.xattrs[x.origin] !== undefined || (!!upper && !canHoldMarks(x, upper.kind));
}

/**
 * ovl_get_origin_fh: the handle an origin records. A lower layer whose
 * filesystem cannot decode file handles (an overlay mount used as a lower,
 * stacked overlays) gets a null handle: an empty trusted.overlay.origin,
 * which still tells a copy-up from a pure upper object.
 */
export function originFh(ctx: Ctx, m: OverlayMount, lower: RealRef): string {
  return lower.via ? '' : encodeFh(ctx.ws, m, lower.ino, false);
}
