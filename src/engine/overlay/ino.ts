// The inode number an overlay object reports (ovl_getattr), on one disk: the
// copy-up origin's, kept constant across copy-up, wherever that number is
// sure to be the object's own (indexed, or a directory or an unshared lower
// file when nfs_export does not verify lowers); otherwise its own object's.
import type { Ctx } from '../ctx.ts';
import type { Ino } from '../fs/inode.ts';
import type { OverlayMount } from '../workspace.ts';
import type { OvlEntry } from './entry.ts';

/** `own` is the number of the object the entry shows (its upper, or its lower when not copied up). */
export function overlayIno(ctx: Ctx, m: OverlayMount, e: OvlEntry, own: Ino): Ino {
  const lower = e.lowers[0];
  if (!lower) return own;
  if (e.upper === undefined) return lower.ino;
  // Not hashed by its lower at lookup: no origin type, its own number.
  if (e.constIno === false) return own;
  if (e.index !== undefined) return lower.ino;
  const verifyLower = m.config.nfsExport && m.config.index;
  const lowerNlink = ctx.ws.fs.inodes.get(lower.ino)?.nlink ?? 1;
  return !verifyLower && (e.type === 'dir' || lowerNlink === 1) ? lower.ino : own;
}
