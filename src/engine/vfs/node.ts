// Reading an object wherever it is: on the disk directly, or through an
// overlay (whose answers come from the upper or lower object underneath).
import type { FileType, Stat } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Inode, Ino } from '../fs/inode.ts';
import { isMerge, realForData, realForMeta, type OvlEntry } from '../overlay/entry.ts';
import { overlayInoOf } from '../overlay/ino.ts';
import { xinoHigh, type XinoHigh } from '../overlay/xino.ts';
import { ovlEntryAt } from '../overlay/resolve.ts';
import { mountById, type Loc } from '../workspace.ts';
import { dirPathString, joinPath } from '../fs/fs.ts';

/** The disk's device number, and the overlay's (one per mount), as stat shows them. */
const BASE_DEV = 0xfe01;
const OVL_DEV_BASE = 0x2d;

export function entryOf(ctx: Ctx, loc: Loc & { kind: 'ovl' }): Result<OvlEntry> {
  return ovlEntryAt(ctx, loc.mount, loc.path);
}

export function locType(ctx: Ctx, loc: Loc): Result<FileType> {
  if (loc.kind === 'base') {
    const i = ctx.ws.fs.inodes.get(loc.ino);
    return i ? ok(i.kind) : fail('ENOENT');
  }
  const e = entryOf(ctx, loc);
  return e.ok ? ok(e.value.type) : e;
}

/** The inode whose metadata an object shows (upper copy first). */
export function metaInode(ctx: Ctx, loc: Loc): Result<Inode> {
  if (loc.kind === 'base') {
    const i = ctx.ws.fs.inodes.get(loc.ino);
    return i ? ok(i) : fail('ENOENT');
  }
  const e = entryOf(ctx, loc);
  if (!e.ok) return e;
  return ok(ctx.ws.fs.inodes.get(realForMeta(e.value).ino)!);
}

/** The inode holding an object's bytes (the lower one until data is copied up). */
export function dataIno(ctx: Ctx, loc: Loc): Result<Ino> {
  if (loc.kind === 'base') return ok(loc.ino);
  const e = entryOf(ctx, loc);
  return e.ok ? ok(realForData(e.value).ino) : e;
}

export function readlinkLoc(ctx: Ctx, loc: Loc): Result<string> {
  const i = metaInode(ctx, loc);
  if (!i.ok) return i;
  return i.value.kind === 'symlink' ? ok(i.value.target) : fail('EINVAL');
}

export function statLoc(ctx: Ctx, loc: Loc): Result<Stat> {
  const mi = metaInode(ctx, loc);
  if (!mi.ok) return mi;
  const meta = mi.value;
  const size = meta.kind === 'file' ? meta.data.length : meta.kind === 'symlink' ? meta.target.length : meta.kind === 'dir' ? 4096 : 0;
  let dev = BASE_DEV;
  let ino = meta.ino;
  let nlink = meta.nlink;
  let xino: XinoHigh | undefined;
  if (loc.kind === 'ovl') {
    const e = entryOf(ctx, loc);
    if (!e.ok) return e;
    // ovl_getattr: a metacopy's size is its upper inode's (only st_blocks
    // come from the data below), even when the upper was changed behind
    // the overlay and no longer matches the data reads return.
    // ovl_map_dev_ino: with every layer on one filesystem, every object
    // shows the overlay's st_dev (a copied-up file is not its lower origin).
    dev = OVL_DEV_BASE + loc.mount;
    if (e.value.type === 'dir' && isMerge(e.value)) nlink = 1;
    const m = mountById(ctx.ws, loc.mount);
    const shown = overlayInoOf(ctx, m, e.value, meta.ino);
    ino = shown.ino;
    // ovl_map_dev_ino: with xino, the fsid of the layer the number is from goes in its top bits.
    xino = xinoHigh(m, shown.layer);
  }
  return ok({
    type: meta.kind,
    mode: meta.mode,
    ino,
    ...(xino ? { xino } : {}),
    dev,
    nlink,
    size,
    uid: meta.uid,
    gid: meta.gid,
    rdevMajor: meta.kind === 'chardev' || meta.kind === 'blockdev' ? meta.major : 0,
    rdevMinor: meta.kind === 'chardev' || meta.kind === 'blockdev' ? meta.minor : 0,
    atime: meta.atime,
    mtime: meta.mtime,
    ctime: meta.ctime,
  });
}

/**
 * The workspace path of the real object behind a location: what a write
 * through it changes (the upper copy once copied up, else the lower).
 * `hint` is the path as walked, for base objects that are not directories.
 */
export function realPath(ctx: Ctx, loc: Loc, hint?: string, part: 'data' | 'meta' = 'data'): string {
  if (loc.kind === 'base') {
    const i = ctx.ws.fs.inodes.get(loc.ino);
    if (i && i.kind === 'dir') return basePath(ctx, loc.ino);
    return hint ?? `inode ${loc.ino}`;
  }
  const m = mountById(ctx.ws, loc.mount);
  const name = loc.path[loc.path.length - 1] ?? '';
  const e = entryOf(ctx, loc);
  if (!e.ok) return [m.target, ...loc.path].join('/');
  const real = part === 'meta' ? realForMeta(e.value) : realForData(e.value);
  const node = ctx.ws.fs.inodes.get(real.ino);
  if (node && node.kind === 'dir') return basePath(ctx, real.ino);
  if (real.layer === 0 && e.value.upperAlias) {
    const parent = ovlEntryAt(ctx, loc.mount, loc.path.slice(0, -1));
    if (parent.ok && parent.value.upper !== undefined) return joinPath(basePath(ctx, parent.value.upper), name);
  }
  const layer = real.layer === 0 ? m.upper : real.layer <= m.lowers.length ? m.lowers[real.layer - 1] : m.dataLowers[real.layer - 1 - m.lowers.length];
  return [layer?.path ?? '?', ...loc.path].filter((s) => s !== '').join('/');
}

function basePath(ctx: Ctx, ino: Ino): string {
  return dirPathString(ctx.ws.fs, ino);
}
