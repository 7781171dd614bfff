// The union link count of an indexed (hard-linked) file, kept in
// trusted.overlay.nlink relative to the upper inode's own count, so it stays
// right across link, unlink and rename (ovl_nlink_start / ovl_nlink_end).
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child } from '../fs/fs.ts';
import { pathIn } from '../real.ts';
import { realSetXattr, realUnlink } from '../real.ts';
import { mountById } from '../workspace.ts';
import { ovlCopyUp, overlayNlink } from './copyup.ts';
import type { OvlEntry } from './entry.ts';
import { indexName } from './fh.ts';
import { ovlXattrs } from './layers.ts';
import { mountReadonly } from './mount.ts';
import { ovlEntryAt } from './resolve.ts';
import { cleanupAndWhiteout } from './work.ts';

const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

function needsIndexCopyUp(ctx: Ctx, mountId: number, e: OvlEntry): boolean {
  const m = mountById(ctx.ws, mountId);
  if (m.work?.index === undefined || !m.config.index || e.lowers.length === 0) return false;
  if (m.config.nfsExport) return true;
  const lower = ctx.ws.fs.inodes.get(e.lowers[0].ino);
  return !!lower && lower.kind !== 'dir' && lower.nlink > 1;
}

export function ovlNlinkStart(ctx: Ctx, mountId: number, path: readonly string[]): Result<OvlEntry> {
  let e = ovlEntryAt(ctx, mountId, path);
  if (!e.ok) return e;
  if (needsIndexCopyUp(ctx, mountId, e.value) && !e.value.upperAlias) {
    const r = ovlCopyUp(ctx, mountId, path);
    if (!r.ok) return r;
    e = r;
  }
  if (mountReadonly(ctx, mountId)) return fail('EROFS');
  const v = e.value;
  if (v.type === 'dir' || v.index === undefined || v.upper === undefined) return ok(v);
  const upper = ctx.ws.fs.inodes.get(v.upper)!;
  const value = `U${signed(overlayNlink(ctx, ovlXattrs(mountById(ctx.ws, mountId)), v) - upper.nlink)}`;
  if (upper.xattrs[ovlXattrs(mountById(ctx.ws, mountId)).nlink] !== value) {
    const m = mountById(ctx.ws, mountId);
    realSetXattr(ctx, v.upper, pathIn(ctx, m.work!.index!, indexName(ctx.ws, m, v.lowers[0].ino)), ovlXattrs(m).nlink, value, 'index');
  }
  return e;
}

/** After the change: an indexed inode whose last union link went loses its index entry. */
export function ovlNlinkEnd(ctx: Ctx, mountId: number, e: OvlEntry, unionNlink: number): void {
  const m = mountById(ctx.ws, mountId);
  if (e.index === undefined || unionNlink > 0 || m.work?.index === undefined || e.lowers.length === 0) return;
  const indexDir = m.work.index;
  const name = indexName(ctx.ws, m, e.lowers[0].ino);
  const idx = child(ctx.ws.fs, indexDir, name);
  if (!idx) return;
  if (idx.kind !== 'dir' && idx.nlink !== 1) {
    realSetXattr(ctx, idx.ino, pathIn(ctx, indexDir, name), ovlXattrs(m).nlink, `U${signed(idx.nlink - 1 - idx.nlink)}`, 'index');
    return;
  }
  if (m.config.nfsExport && m.config.index) cleanupAndWhiteout(ctx, mountId, indexDir, name);
  else realUnlink(ctx, indexDir, name, 'index');
}
