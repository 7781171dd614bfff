// Stacked overlays: a lower layer that is itself an overlay mount. Its
// objects are the inner overlay's merged objects (RealRef.via): looked up
// and listed through the inner overlay, and seen with the xattrs the inner
// overlay shows, never the ones it keeps for itself.
import type { Bytes } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { realForMeta, type RealRef } from './entry.ts';
import { ovlXattrs, viewXattrs } from './layers.ts';
import { mountById } from '../workspace.ts';
import { ovlEntryAt } from './resolve.ts';

/**
 * The xattrs of a layer object as the overlay reading it sees them: the
 * real object's, or, in a layer that is an overlay mount, what that
 * overlay's getxattr shows of its object (its own private xattrs hidden,
 * an escaped <prefix>overlay.X shown as <prefix>X, under its own prefix).
 */
export function shownXattrs(ctx: Ctx, ref: RealRef): Readonly<Record<string, Bytes>> {
  if (!ref.via) return ctx.ws.fs.inodes.get(ref.ino)?.xattrs ?? {};
  const inner = ovlEntryAt(ctx, ref.via.mount, ref.via.path);
  return inner.ok ? viewXattrs(ovlXattrs(mountById(ctx.ws, ref.via.mount)), ctx.ws.fs.inodes.get(realForMeta(inner.value).ino)?.xattrs ?? {}) : {};
}
