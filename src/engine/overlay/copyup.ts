// Copy-up: bringing an object from a lower layer into the upper before it
// changes. Parents first (directories without their children), each staged
// in work/work and moved into place; regular files through an unnamed
// O_TMPFILE that is linked in; hard-linked lower files through work/index.
import { O_ACCMODE, O_RDONLY, O_TRUNC } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, OK, type Result } from '../errno.ts';
import { child, dirPathString, isDeadDir } from '../fs/fs.ts';
import { bytesOf, type FileData, type Ino, type Inode } from '../fs/inode.ts';
import { pathIn, unnamedIn, realCreate, realLink, realRemoveXattr, realRename, realSetattr, realSetXattr, realTmpfile, realTruncate, realUnlink, realWrite, realCopyData } from '../real.ts';
import { mountById, stagingDir, type Loc, type OverlayMount } from '../workspace.ts';
import { dataOfRef, realForData, type OvlEntry, type RealRef } from './entry.ts';
import { encodeFh, indexName } from './fh.ts';
import { canHoldMarks, isPrivateXattr, ovlXattrs, type OvlXattrNames } from './layers.ts';
import { originFh, setImpure } from './origin.ts';
import { gainUpper, indexAliasesOf, ovlEntryAt, shareUpperData } from './resolve.ts';
import { shownXattrs } from './stack.ts';
import { nextTempName } from './work.ts';

const needsDataFlags = (flags: number) => flags !== 0 && ((flags & O_ACCMODE) !== O_RDONLY || (flags & O_TRUNC) !== 0);

function alreadyCopiedUp(e: OvlEntry, flags: number): boolean {
  return e.upper !== undefined && e.upperAlias && !(needsDataFlags(flags) && e.metacopy);
}

/** Opening for write: copy up with data, unless it is a device or fifo. */
export function ovlOpenForWrite(ctx: Ctx, loc: Loc & { kind: 'ovl' }, flags: number): Result<void> {
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  if (e.value.type !== 'file' && e.value.type !== 'dir' && e.value.type !== 'symlink') return OK;
  const r = ovlCopyUp(ctx, loc.mount, loc.path, flags);
  return r.ok ? OK : r;
}

/** ovl_copy_up_flags: copies up `path` and whatever of its parents is not yet up. */
export function ovlCopyUp(ctx: Ctx, mountId: number, path: readonly string[], flags = 0): Result<OvlEntry> {
  // Ancestors found with an upper keep it (a copy-up below them only adds
  // to the upper), so each pass looks from where the last one stopped: a
  // 30-deep path costs 30 lookups of ancestors, not 465.
  let from = 1;
  for (;;) {
    const e = ovlEntryAt(ctx, mountId, path);
    if (!e.ok) return e;
    if (alreadyCopiedUp(e.value, flags) || path.length === 0) return e;
    // The topmost ancestor (or the entry itself) not yet copied up.
    let k = from;
    for (; k < path.length; k++) {
      const a = ovlEntryAt(ctx, mountId, path.slice(0, k));
      if (!a.ok) return a;
      if (a.value.upper === undefined) break;
    }
    const target = k < path.length ? path.slice(0, k) : path;
    const r = copyUpOne(ctx, mountId, target, target === path ? flags : flags);
    if (!r.ok) return r;
    from = k;
  }
}

function copyUpOne(ctx: Ctx, mountId: number, path: readonly string[], flags: number): Result<void> {
  const m = mountById(ctx.ws, mountId);
  if (!m.work || !m.upper) return fail('EROFS');
  const parent = ovlEntryAt(ctx, mountId, path.slice(0, -1));
  if (!parent.ok) return parent;
  const e = ovlEntryAt(ctx, mountId, path);
  if (!e.ok) return e;
  const entry = e.value;
  const destDir = parent.value.upper!;
  const name = path[path.length - 1];
  if (isDeadDir(ctx.ws.fs, destDir)) return fail('ENOENT', 'the upper directory was removed behind the overlay');
  if (entry.upper === undefined) {
    const r = doCopyUp(ctx, m, entry, destDir, name, flags);
    if (!r.ok) return r;
    // The dentry now has an upper; its lower stack stays as it was.
    const up = child(ctx.ws.fs, r.value.dir, r.value.name);
    if (up) gainUpper(ctx, mountId, path, up.ino, { metacopy: r.value.metacopy, upperAlias: !r.value.toIndex, ...(r.value.index !== undefined ? { index: r.value.index } : {}) }, entry);
  }
  const after = ovlEntryAt(ctx, mountId, path);
  if (!after.ok) return after;
  if (!after.value.upperAlias) {
    if (after.value.upper === undefined) return fail('EIO', `copy-up of ${name} lost its upper`);
    const linked = linkUp(ctx, m, parent.value, after.value, destDir, name);
    if (!linked.ok) return linked;
    gainUpper(ctx, mountId, path, after.value.upper!);
  }
  const now = ovlEntryAt(ctx, mountId, path);
  if (!now.ok) return now;
  if (needsDataFlags(flags) && now.value.metacopy) {
    copyUpMetaData(ctx, m, now.value, flags);
    gainUpper(ctx, mountId, path, now.value.upper!, { metacopy: false });
    shareUpperData(ctx, mountId, now.value.upper!);
  }
  return OK;
}

/** Whether a lower object is copied up into work/index (index=on). */
function needIndex(ctx: Ctx, m: OverlayMount, lower: RealRef | undefined): boolean {
  if (!lower || m.work?.index === undefined || !m.config.index) return false;
  if (m.config.nfsExport) return true;
  const i = ctx.ws.fs.inodes.get(lower.ino);
  return !!i && i.kind !== 'dir' && i.nlink > 1;
}

interface Placed {
  dir: Ino;
  name: string;
  metacopy: boolean;
  /** The index entry made for it (work/index/<fh>), when indexed. */
  index?: Ino;
  toIndex: boolean;
}

function doCopyUp(ctx: Ctx, m: OverlayMount, e: OvlEntry, destDir: Ino, name: string, flags: number): Result<Placed> {
  const x = ovlXattrs(m);
  const lowerRef = e.lowers[0];
  const lower = ctx.ws.fs.inodes.get(lowerRef.ino)!;
  const metacopy = m.config.metacopy && lower.kind === 'file' && !needsDataFlags(flags);
  const indexed = needIndex(ctx, m, lowerRef);
  const toIndex = indexed && lower.kind !== 'dir';
  const origin = lower.kind === 'dir' || lower.nlink === 1 || toIndex;
  const size = flags & O_TRUNC ? 0 : lower.kind === 'file' ? lower.data.length : 0;
  const mergedPath = [m.target, ...e.path].join('/');
  const dest = toIndex ? { dir: m.work!.index!, name: indexName(ctx.ws, m, lowerRef.ino) } : { dir: destDir, name };
  const from = realPathOf(ctx, m, e, lowerRef);
  ctx.emit({ type: 'copy-up', phase: 'begin', mount: m.id, path: mergedPath, at: e.path, node: lower.kind, metacopy, from, to: pathIn(ctx, dest.dir, dest.name), layer: lowerRef.layer, ino: lowerRef.ino, into: toIndex ? 'index' : 'upper' });
  if (!toIndex) setImpure(ctx, x, destDir);

  const workdir = stagingDir(m);
  const data = lower.kind === 'file' ? dataOf(ctx, e) : '';
  let temp: Ino;
  let label: string;
  let tempName: string | undefined;
  if (lower.kind === 'file') {
    temp = realTmpfile(ctx, workdir, lower.mode, 'copy-up');
    label = unnamedIn(ctx, workdir);
  } else {
    tempName = nextTempName(ctx);
    temp = realCreate(ctx, workdir, tempName, specOf(lower), 0, 'copy-up');
    label = pathIn(ctx, workdir, tempName);
  }
  if (!metacopy && size > 0) copyData(ctx, temp, label, data, size);
  // What the lower's getxattr gives (through an overlay layer, what that
  // overlay shows), less this overlay's own: an escaped <prefix>overlay.X is
  // copied as it is (ovl_copy_xattr skips only ovl_is_private_xattr).
  for (const [xn, xv] of Object.entries(shownXattrs(ctx, lowerRef))) {
    if (!isPrivateXattr(x, xn)) realSetXattr(ctx, temp, label, xn, xv, 'copy-up');
  }
  if (origin && canHoldMarks(x, lower.kind)) realSetXattr(ctx, temp, label, x.origin, originFh(ctx, m, lowerRef), 'origin');
  if (metacopy) realSetXattr(ctx, temp, label, x.metacopy, '', 'metacopy');
  if (lower.kind === 'file' && (metacopy || flags & O_TRUNC) && size !== dataLen(ctx, temp)) {
    realTruncate(ctx, temp, label, size, metacopy ? 'metacopy' : 'copy-up');
  }
  realSetattr(ctx, temp, label, { ...(lower.kind !== 'symlink' ? { mode: lower.mode } : {}), uid: lower.uid, gid: lower.gid, times: { atime: lower.atime, mtime: lower.mtime } }, 'copy-up');
  const dirIndex = lower.kind === 'dir' && indexed ? createDirIndex(ctx, m, lowerRef.ino, temp) : undefined;
  // Normally nothing is there; something put into the upper behind the
  // overlay's back makes the final link or rename fail as the VFS would.
  const existing = child(ctx.ws.fs, dest.dir, dest.name);
  if (existing) {
    const errno =
      tempName === undefined ? 'EEXIST' : lower.kind === 'dir' ? (existing.kind !== 'dir' ? 'ENOTDIR' : existing.entries.size > 0 ? 'ENOTEMPTY' : null) : existing.kind === 'dir' ? 'EISDIR' : null;
    if (errno) {
      if (tempName !== undefined) realUnlink(ctx, workdir, tempName, 'cleanup');
      else freeOrphan(ctx, temp);
      ctx.emit({ type: 'copy-up', phase: 'end', mount: m.id, path: mergedPath, at: e.path, node: lower.kind, metacopy, from, to: pathIn(ctx, dest.dir, dest.name), layer: lowerRef.layer, ino: lowerRef.ino, into: toIndex ? 'index' : 'upper' });
      return fail(errno, `copy-up of ${mergedPath}: ${pathIn(ctx, dest.dir, dest.name)} appeared behind the overlay`);
    }
  }
  if (tempName !== undefined) realRename(ctx, workdir, tempName, dest.dir, dest.name, 'copy-up');
  else realLink(ctx, temp, label, dest.dir, dest.name, toIndex ? 'index' : 'copy-up');
  if (toIndex && !canHoldMarks(x, lower.kind)) {
    // ovl_set_nlink_upper: user.overlay.nlink cannot be set on a symlink or
    // special file, and unlike origin its failure ends the copy-up (EPERM),
    // the entry left in the index.
    ctx.emit({ type: 'copy-up', phase: 'end', mount: m.id, path: mergedPath, at: e.path, node: lower.kind, metacopy, from, to: pathIn(ctx, dest.dir, dest.name), layer: lowerRef.layer, ino: lowerRef.ino, into: 'index' });
    return fail('EPERM', `copy-up of ${mergedPath}: the index entry cannot hold ${x.nlink} (user.* xattrs only on files and directories)`);
  }
  if (toIndex) {
    indexAliasesOf(ctx, m.id, lowerRef.ino, temp, metacopy);
    // The overlay inode counts the lower links; the index entry is one real link so far.
    realSetXattr(ctx, temp, pathIn(ctx, dest.dir, dest.name), x.nlink, `U${signed(lower.nlink - realNlink(ctx, temp))}`, 'index');
  }
  ctx.emit({ type: 'copy-up', phase: 'end', mount: m.id, path: mergedPath, at: e.path, node: lower.kind, metacopy, from, to: pathIn(ctx, dest.dir, dest.name), layer: lowerRef.layer, ino: lowerRef.ino, into: toIndex ? 'index' : 'upper' });
  return ok({ dir: dest.dir, name: dest.name, metacopy, toIndex, index: toIndex ? temp : dirIndex });
}

/** An unnamed temp file that will never be linked is gone with its last reference. */
function freeOrphan(ctx: Ctx, ino: Ino): void {
  const i = ctx.ws.fs.inodes.get(ino);
  if (i && i.nlink === 0 && !ctx.isHeld(ino)) ctx.ws = { ...ctx.ws, fs: { ...ctx.ws.fs, inodes: ctx.ws.fs.inodes.delete(ino) } };
}

/**
 * ovl_link_up: a lower hard link whose inode is already in work/index gets
 * its own upper name. The parent is marked impure and the nlink xattr set
 * relative to the lower before the link; a name put into the upper behind
 * the overlay (a whiteout, say) makes the link fail with EEXIST, leaving
 * the index entry and the "L" count behind and the dentry without an upper
 * alias, so the next attempt fails the same way.
 */
function linkUp(ctx: Ctx, m: OverlayMount, parent: OvlEntry, e: OvlEntry, destDir: Ino, name: string): Result<void> {
  const upper = e.upper!;
  const label = e.index !== undefined && m.work?.index !== undefined ? pathIn(ctx, m.work.index, indexName(ctx.ws, m, e.lowers[0].ino)) : upperNameOf(ctx, m, upper);
  const x = ovlXattrs(m);
  setImpure(ctx, x, parent.upper);
  const ovlNlink = overlayNlink(ctx, x, e);
  realSetXattr(ctx, upper, label, x.nlink, `L${signed(ovlNlink - realNlink(ctx, e.lowers[0].ino))}`, 'index');
  if (child(ctx.ws.fs, destDir, name)) return fail('EEXIST', `link-up of ${name}: ${pathIn(ctx, destDir, name)} appeared behind the overlay`);
  realLink(ctx, upper, label, destDir, name, 'index');
  realSetXattr(ctx, upper, pathIn(ctx, destDir, name), x.nlink, `U${signed(ovlNlink - realNlink(ctx, upper))}`, 'index');
  return OK;
}

/** Where an upper object shared without an index (a lower renamed behind the overlay) has a name: another cached name's. */
function upperNameOf(ctx: Ctx, m: OverlayMount, upper: Ino): string {
  for (const [, v] of mountById(ctx.ws, m.id).dcache) {
    if (!v.negative && v.upper === upper && v.upperAlias) return realPathOf(ctx, m, v, { layer: 0, ino: upper });
  }
  return `${m.upper?.path ?? 'upper'}/(inode ${upper})`;
}

/** ovl_copy_up_meta_inode_data: the data of a metacopy follows on first write. */
function copyUpMetaData(ctx: Ctx, m: OverlayMount, e: OvlEntry, flags: number): void {
  const upper = e.upper!;
  const label = realPathOf(ctx, m, e, { layer: 0, ino: upper });
  const src = dataOfRef(e.lowerData ?? e.lowers[e.lowers.length - 1]);
  const node = ctx.ws.fs.inodes.get(src.ino);
  const data = node && node.kind === 'file' ? node.data : '';
  const size = flags & O_TRUNC ? 0 : data.length;
  const mergedPath = [m.target, ...e.path].join('/');
  const from = realPathOf(ctx, m, e, src);
  ctx.emit({ type: 'copy-up', phase: 'begin', mount: m.id, path: mergedPath, at: e.path, node: 'file', metacopy: false, from, to: label, layer: src.layer, ino: src.ino, into: 'upper' });
  if (size > 0) copyData(ctx, upper, label, data, size);
  realRemoveXattr(ctx, upper, label, ovlXattrs(m).metacopy, 'metacopy');
  ctx.emit({ type: 'copy-up', phase: 'end', mount: m.id, path: mergedPath, at: e.path, node: 'file', metacopy: false, from, to: label, layer: src.layer, ino: src.ino, into: 'upper' });
}

/** A copied-up directory that is indexed gets work/index/<fh> pointing at its upper. */
function createDirIndex(ctx: Ctx, m: OverlayMount, lowerIno: Ino, upperTemp: Ino): Ino {
  const indexDir = m.work!.index!;
  const tempName = nextTempName(ctx);
  const temp = realCreate(ctx, indexDir, tempName, { kind: 'dir' }, 0, 'index');
  realSetXattr(ctx, temp, pathIn(ctx, indexDir, tempName), ovlXattrs(m).upper, encodeFh(ctx.ws, m, upperTemp, true), 'index');
  realRename(ctx, indexDir, tempName, indexDir, indexName(ctx.ws, m, lowerIno), 'index');
  return temp;
}

export function overlayNlink(ctx: Ctx, x: OvlXattrNames, e: OvlEntry): number {
  const real = ctx.ws.fs.inodes.get(e.upper ?? e.lowers[0].ino);
  const v = real?.xattrs[x.nlink];
  const lower = e.lowers[0] ? ctx.ws.fs.inodes.get(e.lowers[0].ino) : undefined;
  if (v && /^[UL][+-]\d+$/.test(v)) {
    const base = v[0] === 'U' ? real!.nlink : (lower?.nlink ?? 0);
    return base + Number(v.slice(1));
  }
  return real?.nlink ?? 1;
}

/** The first `size` bytes of `data` written at offset 0 of a file no longer than that: the whole data is shared, not read. */
function copyData(ctx: Ctx, ino: Ino, label: string, data: FileData, size: number): void {
  if (size === data.length) realCopyData(ctx, ino, label, data, 'copy-up');
  else realWrite(ctx, ino, label, 0, bytesOf(data).slice(0, size), 'copy-up');
}

function dataOf(ctx: Ctx, e: OvlEntry): FileData {
  const node = ctx.ws.fs.inodes.get(realForData(e).ino);
  return node && node.kind === 'file' ? node.data : '';
}

const dataLen = (ctx: Ctx, ino: Ino) => {
  const i = ctx.ws.fs.inodes.get(ino);
  return i && i.kind === 'file' ? i.data.length : 0;
};
const realNlink = (ctx: Ctx, ino: Ino) => ctx.ws.fs.inodes.get(ino)?.nlink ?? 0;
const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

function specOf(i: Inode): Parameters<typeof realCreate>[3] {
  switch (i.kind) {
    case 'dir':
      return { kind: 'dir' };
    case 'symlink':
      return { kind: 'symlink', target: i.target };
    case 'chardev':
    case 'blockdev':
      return { kind: i.kind, major: i.major, minor: i.minor };
    case 'fifo':
    case 'socket':
      return { kind: i.kind };
    case 'file':
      return { kind: 'file' };
  }
}

/** Where a real object of an entry lives, for narration. */
export function realPathOf(ctx: Ctx, m: OverlayMount, e: OvlEntry, ref: RealRef): string {
  const node = ctx.ws.fs.inodes.get(ref.ino);
  if (ref.via) return [mountById(ctx.ws, ref.via.mount).target, ...ref.via.path].filter((s) => s !== '').join('/');
  if (node && node.kind === 'dir') return dirPathString(ctx.ws.fs, ref.ino);
  const layer = ref.layer === 0 ? m.upper : ref.layer <= m.lowers.length ? m.lowers[ref.layer - 1] : m.dataLowers[ref.layer - 1 - m.lowers.length];
  return [layer?.path ?? '?', ...e.path].filter((s) => s !== '').join('/');
}

export { ok };
