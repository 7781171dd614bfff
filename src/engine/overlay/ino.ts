// The inode number an overlay object reports (ovl_getattr), on one disk: the
// copy-up origin's, kept constant across copy-up, wherever that number is
// sure to be the object's own (indexed, or a directory or an unshared lower
// file when nfs_export does not verify lowers); otherwise its own object's.
import type { Ctx } from '../ctx.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount } from '../workspace.ts';
import type { OvlEntry } from './entry.ts';

/**
 * The number reported and the layer it is taken from (0 the upper), which
 * decides the fsid xino puts above it. `own` is the number of the object
 * the entry shows (its upper, or its lower when not copied up).
 */
export function overlayInoOf(ctx: Ctx, m: OverlayMount, e: OvlEntry, own: Ino): { ino: Ino; layer: number } {
  const lower = e.lowers[0];
  if (!lower) return { ino: own, layer: 0 };
  // ovl_get_root: the root with an upper uses the upper's number (it is
  // never hashed by its lower, whatever origin index=on gives it).
  if (e.path.length === 0 && e.upper !== undefined) return { ino: own, layer: 0 };
  const fromLower = { ino: lower.ino, layer: lower.layer };
  if (e.upper === undefined) return fromLower;
  // Not hashed by its lower at lookup: no origin type, its own number.
  if (e.constIno === false) return { ino: own, layer: 0 };
  if (e.index !== undefined) return fromLower;
  const verifyLower = m.config.nfsExport && m.config.index;
  const lowerNlink = ctx.ws.fs.inodes.get(lower.ino)?.nlink ?? 1;
  return !verifyLower && (e.type === 'dir' || lowerNlink === 1) ? fromLower : { ino: own, layer: 0 };
}

export function overlayIno(ctx: Ctx, m: OverlayMount, e: OvlEntry, own: Ino): Ino {
  return overlayInoOf(ctx, m, e, own).ino;
}
