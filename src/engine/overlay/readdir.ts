// Listing a merged directory (ovl_dir_read_merged): the upper first, then
// each lower; the first layer to show a name decides it, and a whiteout
// hides the name below and itself. A directory that cannot hold whiteouts
// (only ever in one layer, with no copy-up origin) is listed straight from
// its layer, stray whiteouts and all.
import type { DirEntry, FileType } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Errno, type Result } from '../errno.ts';
import type { Ino } from '../fs/inode.ts';
import { isMerge, type OvlEntry } from './entry.ts';
import { X } from './layers.ts';
import { isLookupWhiteout } from './lookup.ts';
import { ovlLookupPath } from './resolve.ts';
import { overlayIno } from './ino.ts';
import { mountReadonly } from './mount.ts';
import { mountById } from '../workspace.ts';
import { realRemoveXattr } from '../real.ts';
import { dirPathString } from '../fs/fs.ts';
import { realListing } from '../fs/listing.ts';

export interface MergedName {
  name: string;
  type: FileType;
  ino: Ino;
  isWhiteout: boolean;
  /** Found in the upper layer. */
  isUpper: boolean;
  layer: number;
}

/** Every name in every layer of a directory, first occurrence winning. */
export function readMerged(ctx: Ctx, e: OvlEntry): MergedName[] {
  const seen = new Map<string, MergedName>();
  const layers: { layer: number; ino: Ino }[] = [];
  if (e.upper !== undefined) layers.push({ layer: 0, ino: e.upper });
  layers.push(...e.lowers);
  for (const { layer, ino } of layers) {
    const dir = ctx.ws.fs.inodes.get(ino);
    if (!dir || dir.kind !== 'dir') continue;
    // A directory marked opaque="x" may hold xattr whiteouts (empty files
    // marked trusted.overlay.whiteout): readdir hides those too.
    const xwhiteouts = dir.xattrs[X.opaque] === 'x';
    const { entries, whiteout } = realListing(ctx.ws.fs, dir.entries);
    for (let i = 0; i < entries.length; i++) {
      const n = entries[i];
      if (seen.has(n.name)) continue;
      // An xattr whiteout is a file whose xattrs may change: read it each time.
      const isWhiteout = whiteout[i] === 1 || (xwhiteouts && n.type === 'file' && isLookupWhiteout(ctx.ws.fs.inodes.get(n.ino)!));
      seen.set(n.name, { name: n.name, type: n.type, ino: n.ino, isWhiteout, isUpper: layer === 0, layer });
    }
  }
  return [...seen.values()];
}

/** OVL_WHITEOUTS: the directory may hold whiteouts, so it must be read merged. */
export function mayHaveWhiteouts(ctx: Ctx, e: OvlEntry): boolean {
  if (isMerge(e) || (e.upper !== undefined && e.lowers.length > 0)) return true;
  const top = ctx.ws.fs.inodes.get(e.upper ?? e.lowers[0]?.ino ?? -1);
  return !!top && top.xattrs[X.origin] !== undefined;
}

/**
 * A real directory removed behind the overlay's back (its cached entry still
 * points at it) is dead: reading it fails, and so does the merged listing.
 */
function deadDir(ctx: Ctx, e: OvlEntry): boolean {
  return [e.upper, ...e.lowers.map((l) => l.ino)].some((ino) => {
    if (ino === undefined) return false;
    const d = ctx.ws.fs.inodes.get(ino);
    return !d || (d.kind === 'dir' && d.nlink === 0);
  });
}

/** readdir(2) of an overlay directory. */
export function ovlReaddir(ctx: Ctx, mountId: number, e: OvlEntry): Result<readonly DirEntry[]> {
  if (deadDir(ctx, e)) return fail('ENOENT');
  return ok(listing(ctx, mountId, e));
}

function listing(ctx: Ctx, mountId: number, e: OvlEntry): readonly DirEntry[] {
  if (!mayHaveWhiteouts(ctx, e)) {
    const real = ctx.ws.fs.inodes.get(e.upper ?? e.lowers[0].ino);
    if (!real || real.kind !== 'dir') return [];
    if (e.upper !== undefined && real.xattrs[X.impure] !== undefined) dropNeedlessImpure(ctx, mountId, e, real.entries);
    return realListing(ctx.ws.fs, real.entries).entries;
  }
  // In an impure directory readdir looks up each upper entry (to report the
  // copy-up origin's inode number) and leaves out those that fail.
  const upper = e.upper === undefined ? undefined : ctx.ws.fs.inodes.get(e.upper);
  const impure = upper?.xattrs[X.impure] !== undefined;
  // One pass over the merged names (the lookups still come after the whole
  // directory is read, in the same order).
  const out: DirEntry[] = [];
  for (const n of readMerged(ctx, e)) {
    if (n.isWhiteout) continue;
    if (impure && n.isUpper) {
      const r = ovlLookupPath(ctx, mountId, [...e.path, n.name]);
      if (!r.ok || r.value.negative) continue;
    }
    out.push({ name: n.name, type: n.type, ino: n.ino });
  }
  return out;
}

/**
 * ovl_check_empty_dir: ENOTEMPTY if anything is visible; otherwise the
 * whiteouts the upper copy holds (to be cleared before removal).
 */
export function checkEmptyDir(ctx: Ctx, e: OvlEntry): { ok: true; upperWhiteouts: string[] } | { ok: false; errno: Errno } {
  if (deadDir(ctx, e)) return { ok: false, errno: 'ENOENT' };
  const upperWhiteouts: string[] = [];
  for (const n of readMerged(ctx, e)) {
    if (n.isWhiteout) {
      if (n.isUpper) upperWhiteouts.push(n.name);
      continue;
    }
    return { ok: false, errno: 'ENOTEMPTY' };
  }
  return { ok: true, upperWhiteouts };
}

/** ovl_pure_upper: only in the upper layer, and never held whiteouts. */
export function isPureUpper(ctx: Ctx, e: OvlEntry): boolean {
  return e.lowers.length === 0 && !(e.type === 'dir' && mayHaveWhiteouts(ctx, e));
}

/**
 * ovl_cache_get_impure: listing an impure directory that is not merged looks
 * up each entry for the inode number to report; when none keeps its
 * origin's number (the copied-up entries have all gone), the impure mark
 * has no more use and is removed, best effort (not on a read-only mount).
 */
function dropNeedlessImpure(ctx: Ctx, mountId: number, e: OvlEntry, entries: ReadonlyMap<string, Ino>): void {
  const m = mountById(ctx.ws, mountId);
  for (const [name, ino] of entries) {
    const r = ovlLookupPath(ctx, mountId, [...e.path, name]);
    if (r.ok && !r.value.negative && overlayIno(ctx, m, r.value, ino) !== ino) return;
  }
  if (mountReadonly(ctx, mountId)) return;
  realRemoveXattr(ctx, e.upper!, dirPathString(ctx.ws.fs, e.upper!), X.impure, 'impure');
}
