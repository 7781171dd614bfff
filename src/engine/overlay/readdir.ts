// Listing a merged directory (ovl_dir_read_merged): the upper first, then
// each lower; the first layer to show a name decides it, and a whiteout
// hides the name below and itself. A directory that cannot hold whiteouts
// (only ever in one layer, with no copy-up origin) is listed straight from
// its layer, stray whiteouts and all.
import type { DirEntry, FileType } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Errno, type Result } from '../errno.ts';
import type { Ino, Inode } from '../fs/inode.ts';
import { READDIR_NAMES, type ReaddirEvent, type ReaddirHidden } from '../events.ts';
import { isMerge, realForMeta, type OvlEntry, type RealRef, type Via } from './entry.ts';
import { ovlXattrs, viewXattrs, type OvlXattrNames } from './layers.ts';
import { isLookupWhiteout, isOpaqueDir } from './marks.ts';
import { ovlEntryAt, ovlLookupPath } from './resolve.ts';
import { shownXattrs } from './stack.ts';
import { overlayIno, overlayInoOf } from './ino.ts';
import { sameDev, xinoHigh, xinoInEffect } from './xino.ts';
import { mountReadonly } from './mount.ts';
import { mountById } from '../workspace.ts';
import { realRemoveXattr } from '../real.ts';
import { dirPathString, isDeadDir } from '../fs/fs.ts';
import { realListing, type RealListing } from '../fs/listing.ts';

export interface MergedName {
  name: string;
  type: FileType;
  ino: Ino;
  isWhiteout: boolean;
  /** Found in the upper layer. */
  isUpper: boolean;
  layer: number;
}

/** What one layer of a merged read added and kept out (for the readdir event). */
interface LayerRead {
  layer: number;
  dir: Ino;
  /** Read through an overlay mount used as the layer. */
  via?: Via;
  added: string[];
  whiteouts: string[];
  hidden: { name: string; by: ReaddirHidden }[];
  counts: ReaddirEvent['counts'];
}

function layerRead(layer: number, dir: Ino, via?: Via): LayerRead {
  return { layer, dir, ...(via ? { via } : {}), added: [], whiteouts: [], hidden: [], counts: { added: 0, whiteouts: 0, whitedOut: 0, above: 0 } };
}

/**
 * Every name in every layer of a directory, first occurrence winning
 * (ovl_dir_read_merged: upper first, then each lower). With `reads`, what
 * each layer read did, names capped at READDIR_NAMES.
 */
export function readMerged(ctx: Ctx, x: OvlXattrNames, e: OvlEntry, reads?: LayerRead[], xwhiteoutLayers?: readonly number[]): MergedName[] {
  const seen = new Map<string, MergedName>();
  const layers: RealRef[] = [];
  if (e.upper !== undefined) layers.push({ layer: 0, ino: e.upper });
  layers.push(...e.lowers);
  for (const { layer, ino, via } of layers) {
    const dir = ctx.ws.fs.inodes.get(ino);
    if (!dir || dir.kind !== 'dir') continue;
    const read = reads ? layerRead(layer, ino, via) : undefined;
    if (read) reads!.push(read);
    // Files are checked for xattr whiteouts (empty, <prefix>whiteout)
    // in a layer where some directory was found marked opaque="x", of a
    // directory found so marked in some layer (ovl_dir_read_merged's
    // in_xwhiteouts_dir); iterate hides them. The check that a directory is
    // empty does not make it (its list comes before iterate): there an xattr
    // whiteout is a name like any other.
    const xwhiteouts = layer !== 0 && e.xwhiteouts !== undefined && xwhiteoutLayers !== undefined && xwhiteoutLayers.includes(layer);
    const { entries, whiteout } = via ? stackedListing(ctx, via) : realListing(ctx.ws.fs, dir.entries);
    for (let i = 0; i < entries.length; i++) {
      const n = entries[i];
      const above = seen.get(n.name);
      if (above) {
        if (read) {
          const by: ReaddirHidden = above.isWhiteout ? 'whiteout' : 'above';
          if (read.hidden.length < READDIR_NAMES) read.hidden.push({ name: n.name, by });
          if (by === 'whiteout') read.counts.whitedOut++;
          else read.counts.above++;
        }
        continue;
      }
      // An xattr whiteout is a file whose xattrs may change: read it each time.
      const isWhiteout = whiteout[i] === 1 || (xwhiteouts && n.type === 'file' && isXwhiteout(ctx, x, n.ino, via, n.name));
      seen.set(n.name, { name: n.name, type: n.type, ino: n.ino, isWhiteout, isUpper: layer === 0, layer });
      if (read) {
        if (isWhiteout) {
          if (read.counts.whiteouts++ < READDIR_NAMES) read.whiteouts.push(n.name);
        } else if (read.counts.added++ < READDIR_NAMES) read.added.push(n.name);
      }
    }
  }
  return [...seen.values()];
}

/**
 * Is this listed file an xattr whiteout, as a lookup in its layer sees it?
 * In a layer that is an overlay, through that overlay: what it shows of
 * the file's xattrs (an escaped <prefix>overlay.whiteout reads as
 * <prefix>whiteout) is judged with this overlay's names.
 */
function isXwhiteout(ctx: Ctx, x: OvlXattrNames, ino: Ino, via: Via | undefined, name: string): boolean {
  if (!via) return isLookupWhiteout(ctx.ws.fs.inodes.get(ino)!, x);
  const inner = ovlEntryAt(ctx, via.mount, [...via.path, name]);
  if (!inner.ok) return false;
  const meta = ctx.ws.fs.inodes.get(realForMeta(inner.value).ino);
  return !!meta && isLookupWhiteout({ ...meta, xattrs: viewXattrs(ovlXattrs(mountById(ctx.ws, via.mount)), meta.xattrs) } as Inode, x);
}

/**
 * A directory of a layer that is an overlay mount, listed through that
 * overlay (its own merged readdir, narrated as its own): names with their
 * types, and no whiteouts, which the inner overlay keeps to itself.
 */
export function stackedListing(ctx: Ctx, via: Via): RealListing {
  const e = ovlEntryAt(ctx, via.mount, via.path);
  const names = e.ok ? ovlReaddir(ctx, via.mount, e.value) : e;
  const entries = names.ok ? names.value : [];
  return { entries, whiteout: new Uint8Array(entries.length) };
}

/** Whether the layers below `layer` are left unread because its directory is opaque. */
function endsMerge(ctx: Ctx, mountId: number, layer: number, dir: Ino, via?: Via): boolean {
  const d = ctx.ws.fs.inodes.get(dir);
  const m = mountById(ctx.ws, mountId);
  const x = ovlXattrs(m);
  const opaque = via ? shownXattrs(ctx, { layer, ino: dir, via })[x.opaque] === 'y' : !!d && isOpaqueDir(d, x);
  return opaque && layer < m.lowers.length;
}

/** Narrates the reads of a listing, one readdir event each, in the kernel's order. */
function narrateReads(ctx: Ctx, mountId: number, e: OvlEntry, how: 'merged' | 'real', reads: readonly LayerRead[], impure: boolean, emptyCheck = false, xino = false): void {
  const m = mountById(ctx.ws, mountId);
  const path = [m.target, ...e.path].filter(Boolean).join('/');
  reads.forEach((r, i) => {
    const ev: ReaddirEvent = {
      type: 'readdir',
      mount: mountId,
      path,
      from: r.via ? [mountById(ctx.ws, r.via.mount).target, ...r.via.path].join('/') : dirPathString(ctx.ws.fs, r.dir),
      at: e.path,
      layer: r.layer,
      dir: r.dir,
      how,
      step: i + 1,
      of: reads.length,
      added: r.added,
      whiteouts: r.whiteouts,
      hidden: r.hidden,
      counts: r.counts,
    };
    // ovl_check_empty_dir reads the layers into a list of its own, not the readdir cache.
    if (emptyCheck) ev.why = 'empty';
    else if (how === 'merged' && i === 0) ev.cache = 'built';
    if (i === reads.length - 1 && endsMerge(ctx, mountId, r.layer, r.dir, r.via)) ev.opaque = true;
    if (impure && r.layer === 0) ev.impure = true;
    if (xino && i === reads.length - 1) ev.xino = true;
    ctx.emit(ev);
  });
}

/** OVL_WHITEOUTS: the directory may hold whiteouts, so it must be read merged. */
export function mayHaveWhiteouts(ctx: Ctx, x: OvlXattrNames, e: OvlEntry): boolean {
  if (isMerge(e) || (e.upper !== undefined && e.lowers.length > 0)) return true;
  // Through an overlay used as a layer, only what it shows of its xattrs is seen.
  if (e.upper === undefined && e.lowers[0]?.via) return shownXattrs(ctx, e.lowers[0])[x.origin] !== undefined;
  const top = ctx.ws.fs.inodes.get(e.upper ?? e.lowers[0]?.ino ?? -1);
  return !!top && top.xattrs[x.origin] !== undefined;
}

/**
 * A real directory removed behind the overlay's back (its cached entry still
 * points at it) is dead: reading it fails, and so does the merged listing.
 * A layer that is an overlay is read through that overlay's own readdir,
 * which fails the same way when its cached directory has a dead layer; the
 * error ends the outer's merged read too (ovl_dir_read_merged returns the
 * first layer's error), so the layers below it are not listed either.
 */
function deadDir(ctx: Ctx, e: OvlEntry): boolean {
  if (e.upper !== undefined && isDeadDir(ctx.ws.fs, e.upper)) return true;
  return e.lowers.some((l) => {
    if (!l.via) return isDeadDir(ctx.ws.fs, l.ino);
    const inner = ovlEntryAt(ctx, l.via.mount, l.via.path);
    return inner.ok && inner.value.type === 'dir' && deadDir(ctx, inner.value);
  });
}

/** Whether readdir of this directory can succeed (no layer of it removed behind the overlay). */
export const dirReadable = (ctx: Ctx, e: OvlEntry): boolean => !deadDir(ctx, e);

/** readdir(2) of an overlay directory. */
export function ovlReaddir(ctx: Ctx, mountId: number, e: OvlEntry): Result<readonly DirEntry[]> {
  if (deadDir(ctx, e)) return fail('ENOENT');
  return ok(listing(ctx, mountId, e));
}

function listing(ctx: Ctx, mountId: number, e: OvlEntry): readonly DirEntry[] {
  const m = mountById(ctx.ws, mountId);
  const x = ovlXattrs(m);
  if (!mayHaveWhiteouts(ctx, x, e)) {
    const realIno = e.upper ?? e.lowers[0].ino;
    const real = ctx.ws.fs.inodes.get(realIno);
    if (!real || real.kind !== 'dir') return [];
    const impure = e.upper !== undefined && real.xattrs[x.impure] !== undefined && sameDev(m);
    const via = e.upper === undefined ? e.lowers[0].via : undefined;
    const read = ctx.quiet ? undefined : layerRead(e.upper !== undefined ? 0 : e.lowers[0].layer, realIno, via);
    const listed = via ? stackedListing(ctx, via).entries : realListing(ctx.ws.fs, real.entries).entries;
    // ovl_fill_real: with xino, d_ino read from a lower layer gets that layer's fsid (ovl_remap_lower_ino).
    const high = e.upper === undefined ? xinoHigh(m, e.lowers[0].layer) : undefined;
    const out = high ? listed.map((d) => ({ ...d, xino: high })) : listed;
    if (read) {
      read.counts.added += out.length;
      for (let i = 0; i < out.length && read.added.length < READDIR_NAMES; i++) read.added.push(out[i].name);
    }
    // The read comes first; an impure directory's lookups (and the mark they may drop) after it.
    if (read) narrateReads(ctx, mountId, e, 'real', [read], impure);
    if (impure) dropNeedlessImpure(ctx, mountId, e, real.entries);
    return out;
  }
  // In an impure directory readdir looks up each upper entry (to report the
  // copy-up origin's inode number) and leaves out those that fail; with xino
  // in effect it looks up every name (ovl_calc_d_ino), so a name the overlay
  // has cached as absent is left out of the listing too.
  const upper = e.upper === undefined ? undefined : ctx.ws.fs.inodes.get(e.upper);
  const impure = upper?.xattrs[x.impure] !== undefined && sameDev(m);
  // One pass over the merged names (the lookups still come after the whole
  // directory is read, in the same order).
  const reads: LayerRead[] | undefined = ctx.quiet ? undefined : [];
  const merged = readMerged(ctx, x, e, reads, mountById(ctx.ws, mountId).xwhiteoutLayers);
  // The layers are read (the cache built) before iterate looks anything up.
  const everyName = xinoInEffect(mountById(ctx.ws, mountId));
  if (reads) narrateReads(ctx, mountId, e, 'merged', reads, impure, false, everyName);
  const out: DirEntry[] = [];
  for (const n of merged) {
    if (n.isWhiteout) continue;
    if (everyName || (impure && n.isUpper)) {
      const r = ovlLookupPath(ctx, mountId, [...e.path, n.name]);
      if (!r.ok || r.value.negative) continue;
      if (everyName) {
        // ovl_cache_update: with xino, d_ino is the number stat reports, fsid bits included.
        const shown = overlayInoOf(ctx, m, r.value, realForMeta(r.value).ino);
        const high = xinoHigh(m, shown.layer);
        out.push({ name: n.name, type: n.type, ino: shown.ino, ...(high ? { xino: high } : {}) });
        continue;
      }
    }
    out.push({ name: n.name, type: n.type, ino: n.ino });
  }
  return out;
}

/**
 * ovl_check_empty_dir: ENOTEMPTY if anything is visible; otherwise the
 * whiteouts the upper copy holds (to be cleared before removal).
 */
export function checkEmptyDir(ctx: Ctx, x: OvlXattrNames, e: OvlEntry, mountId?: number): { ok: true; upperWhiteouts: string[] } | { ok: false; errno: Errno } {
  if (deadDir(ctx, e)) return { ok: false, errno: 'ENOENT' };
  const upperWhiteouts: string[] = [];
  // With its mount, the reads are narrated: why a directory is (not) empty to rmdir or rename.
  const reads: LayerRead[] | undefined = mountId !== undefined && !ctx.quiet ? [] : undefined;
  const merged = readMerged(ctx, x, e, reads);
  if (reads && mountId !== undefined) narrateReads(ctx, mountId, e, 'merged', reads, false, true);
  for (const n of merged) {
    if (n.isWhiteout) {
      if (n.isUpper) upperWhiteouts.push(n.name);
      continue;
    }
    return { ok: false, errno: 'ENOTEMPTY' };
  }
  return { ok: true, upperWhiteouts };
}

/** ovl_pure_upper: only in the upper layer, and never held whiteouts. */
export function isPureUpper(ctx: Ctx, x: OvlXattrNames, e: OvlEntry): boolean {
  return e.lowers.length === 0 && !(e.type === 'dir' && mayHaveWhiteouts(ctx, x, e));
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
  realRemoveXattr(ctx, e.upper!, dirPathString(ctx.ws.fs, e.upper!), ovlXattrs(m).impure, 'impure');
}
