// rename(2) through the overlay (ovl_rename). Files always move: copied up,
// renamed in the upper, a whiteout left behind if a lower one was there. A
// directory with a lower part moves only with redirect_dir=on, recording
// its old name in trusted.overlay.redirect; otherwise EXDEV, and `mv`
// copies instead.
import { utf8Encode } from '../bytes.ts';
import { RENAME_EXCHANGE, RENAME_NOREPLACE } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { commit } from '../ctx.ts';
import { child, isDeadDir, moveEntry, allocInode, linkEntry, unlinkEntry } from '../fs/fs.ts';
import type { Inode } from '../fs/inode.ts';
import { pathIn, realExchange, realRename, realSetXattr, realUnlink } from '../real.ts';
import { mountById, type Loc, type OverlayMount } from '../workspace.ts';
import { ovlCopyUp, overlayNlink } from './copyup.ts';
import { isMerge, isMergeOrLower, type OvlEntry, type OvlLookup } from './entry.ts';
import { ovlXattrs, type OvlXattrNames } from './layers.ts';
import { isLookupWhiteout } from './marks.ts';
import { ovlNlinkEnd, ovlNlinkStart } from './nlink.ts';
import { originType, setImpure } from './origin.ts';
import { redirectDir } from './params.ts';
import { checkEmptyDir, isPureUpper } from './readdir.ts';
import { clearEmpty, lowerPositive } from './remove.ts';
import { dropDentries, ovlEntryAt, ovlLookupPath, putDentries, setInodeRedirect, takeDentries } from './resolve.ts';

type OvlLoc = Loc & { kind: 'ovl' };

/** The kernel's redirect_max: longer absolute redirects fall back to a copy. */
export const REDIRECT_MAX = 256;

function canMove(m: OverlayMount, e: OvlEntry): boolean {
  return redirectDir(m.config) || e.type !== 'dir' || !isMergeOrLower(e);
}

export function ovlRename(ctx: Ctx, oldLoc: OvlLoc, newLoc: OvlLoc, flags: number): Result<void> {
  if (flags & ~(RENAME_EXCHANGE | RENAME_NOREPLACE)) return fail('EINVAL');
  const m = mountById(ctx.ws, oldLoc.mount);
  const overwrite = !(flags & RENAME_EXCHANGE);
  const oldName = oldLoc.path[oldLoc.path.length - 1];
  const newName = newLoc.path[newLoc.path.length - 1];
  const samedir = oldLoc.path.length === newLoc.path.length && oldLoc.path.slice(0, -1).every((c, i) => c === newLoc.path[i]);
  const oldR = ovlEntryAt(ctx, m.id, oldLoc.path);
  if (!oldR.ok) return oldR;
  const newR = ovlLookupPath(ctx, m.id, newLoc.path);
  if (!newR.ok) return newR;
  const old = oldR.value;
  const nw: OvlLookup = newR.value;
  if (!canMove(m, old)) return fail('EXDEV', 'directory with a lower part cannot move without redirect_dir=on');
  if (!overwrite && !nw.negative && !canMove(m, nw)) return fail('EXDEV');

  let whiteouts: string[] = [];
  if (overwrite && !nw.negative && nw.type === 'dir' && !isPureUpper(ctx, ovlXattrs(m), nw)) {
    const empty = checkEmptyDir(ctx, ovlXattrs(m), nw, m.id);
    if (!empty.ok) return fail(empty.errno);
    whiteouts = empty.upperWhiteouts;
  }
  const oldParentR = ovlEntryAt(ctx, m.id, oldLoc.path.slice(0, -1));
  if (!oldParentR.ok) return oldParentR;
  let mode: 'plain' | 'whiteout' | 'exchange' = overwrite ? 'plain' : 'exchange';
  let cleanupWhiteout = false;
  const newIsWhiteout = nw.negative && nw.whiteout;
  if (overwrite) {
    if (lowerPositive(ctx, ovlXattrs(m), oldParentR.value, oldName, old, false)) mode = newIsWhiteout ? 'exchange' : 'whiteout';
    else if (old.type === 'dir' && newIsWhiteout) {
      mode = 'exchange';
      cleanupWhiteout = true;
    }
  }

  const upOld = ovlCopyUp(ctx, m.id, oldLoc.path);
  if (!upOld.ok) return upOld;
  const upNewParent = ovlCopyUp(ctx, m.id, newLoc.path.slice(0, -1));
  if (!upNewParent.ok) return upNewParent;
  let newNlink: { e: OvlEntry; before: number } | undefined;
  if (!overwrite) {
    const upNew = ovlCopyUp(ctx, m.id, newLoc.path);
    if (!upNew.ok) return upNew;
  } else if (!nw.negative) {
    const s = ovlNlinkStart(ctx, m.id, newLoc.path);
    if (!s.ok) return s;
    newNlink = { e: s.value, before: s.value.type === 'dir' ? 0 : overlayNlink(ctx, ovlXattrs(m), s.value) };
  }

  const oldDir = ovlEntryAt(ctx, m.id, oldLoc.path.slice(0, -1));
  const newDir = ovlEntryAt(ctx, m.id, newLoc.path.slice(0, -1));
  if (!oldDir.ok) return oldDir;
  if (!newDir.ok) return newDir;
  const oldUpperDir = oldDir.value.upper!;
  const newUpperDir = newDir.value.upper!;
  if (isDeadDir(ctx.ws.fs, newUpperDir) || isDeadDir(ctx.ws.fs, oldUpperDir)) return fail('ENOENT');
  if (whiteouts.length > 0) clearEmpty(ctx, m.id, newUpperDir, newName, whiteouts);

  const oldE = ovlEntryAt(ctx, m.id, oldLoc.path);
  if (!oldE.ok) return oldE;
  const newE = ovlLookupPath(ctx, m.id, newLoc.path);
  if (!newE.ok) return newE;
  if (!samedir) {
    if (originType(ctx, ovlXattrs(m), oldE.value)) setImpure(ctx, ovlXattrs(m), newUpperDir);
    if (!overwrite && !newE.value.negative && originType(ctx, ovlXattrs(m), newE.value)) setImpure(ctx, ovlXattrs(m), oldUpperDir);
  }
  const oldUpper = child(ctx.ws.fs, oldUpperDir, oldName);
  const newUpper = child(ctx.ws.fs, newUpperDir, newName);
  const stale = staleUpper(ovlXattrs(m), oldE.value, newE.value, oldUpper?.ino, newUpper, whiteouts.length > 0, overwrite);
  if (stale) return fail('ESTALE', stale);
  if (oldUpper && newUpper && oldUpper.ino === newUpper.ino) return ok(undefined);

  // What the rename records on each dentry it moves (ovl_dentry_set_redirect, ovl_dentry_set_opaque).
  const oldMark: { redirect?: string; opaque?: boolean } = {};
  const newMark: { redirect?: string; opaque?: boolean } = {};
  if (isMergeOrLower(oldE.value)) {
    const r = setRedirect(ctx, m, oldE.value, samedir);
    if (!r.ok) return r;
    if (r.value !== undefined) oldMark.redirect = r.value;
  } else if (oldE.value.type === 'dir' && !oldE.value.opaque && isMerge(newDir.value)) {
    realSetXattr(ctx, oldUpper!.ino, pathIn(ctx, oldUpperDir, oldName), ovlXattrs(m).opaque, 'y', 'opaque');
    oldMark.opaque = true;
  }
  if (!overwrite && !newE.value.negative) {
    const ne = newE.value;
    if (isMergeOrLower(ne)) {
      const r = setRedirect(ctx, m, ne, samedir);
      if (!r.ok) return r;
      if (r.value !== undefined) newMark.redirect = r.value;
    } else if (ne.type === 'dir' && !ne.opaque && isMerge(oldDir.value)) {
      realSetXattr(ctx, newUpper!.ino, pathIn(ctx, newUpperDir, newName), ovlXattrs(m).opaque, 'y', 'opaque');
      newMark.opaque = true;
    }
  }

  // The upper filesystem's own rename refuses to replace a non-empty
  // directory (a pure-upper one was not checked above). What was set before
  // it (copy-ups, redirect, opaque) stays, as on the kernel.
  const target = child(ctx.ws.fs, newUpperDir, newName);
  if (mode !== 'exchange' && target && target.kind === 'dir' && target.entries.size > 0) {
    dropDentries(ctx, m.id, oldLoc.path, true);
    dropDentries(ctx, m.id, newLoc.path, true);
    return fail('ENOTEMPTY');
  }
  // The moving dentries leave the cache for the rename and come back at their new names after it (d_move, d_exchange).
  const movedOld = takeDentries(ctx, m.id, oldLoc.path);
  const movedNew = overwrite ? (dropDentries(ctx, m.id, newLoc.path, true), []) : takeDentries(ctx, m.id, newLoc.path);
  if (mode === 'exchange') realExchange(ctx, oldUpperDir, oldName, newUpperDir, newName, 'syscall');
  else if (mode === 'whiteout') renameWhiteout(ctx, oldUpperDir, oldName, newUpperDir, newName);
  else realRename(ctx, oldUpperDir, oldName, newUpperDir, newName, 'syscall');
  if (cleanupWhiteout) realUnlink(ctx, oldUpperDir, oldName, 'cleanup');
  dropDentries(ctx, m.id, oldLoc.path, true);
  dropDentries(ctx, m.id, newLoc.path, true);
  putDentries(ctx, m.id, newLoc.path, movedOld, oldMark);
  putDentries(ctx, m.id, oldLoc.path, movedNew, newMark);
  if (newNlink) ovlNlinkEnd(ctx, m.id, newNlink.e, newNlink.before - 1);
  return ok(undefined);
}

/**
 * ovl_rename's checks under the rename lock: the source's upper name must
 * still be its upper object (ovl_matches_upper), and the target's must be
 * what the overlay knows of it: its upper object, the opaque directory just
 * swapped in, a whiteout where the target was looked up as one, or nothing
 * (an exchange needs something). Anything else changed behind the overlay.
 */
function staleUpper(x: OvlXattrNames, old: OvlEntry, nw: OvlLookup, oldUpper: number | undefined, newUpper: Inode | undefined, cleared: boolean, overwrite: boolean): string | undefined {
  if (oldUpper !== old.upper) return 'the source in the upper layer is not what the overlay looked up';
  if (!nw.negative && nw.upper !== undefined) {
    if (!cleared && newUpper?.ino !== nw.upper) return 'the target in the upper layer is not what the overlay looked up';
  } else if (newUpper) {
    // ovl_upper_is_whiteout: a 0/0 device or an xattr whiteout.
    const whiteout = isLookupWhiteout(newUpper, x);
    if (!(nw.negative && nw.whiteout && whiteout)) return 'a name appeared at the target in the upper layer';
  } else if (!overwrite) return 'the target is gone from the upper layer';
  return undefined;
}

/** RENAME_WHITEOUT: the upper filesystem moves the object and leaves a whiteout (its own, not a shared link). */
function renameWhiteout(ctx: Ctx, oldDir: number, oldName: string, newDir: number, newName: string): void {
  const from = pathIn(ctx, oldDir, oldName);
  const to = pathIn(ctx, newDir, newName);
  let fs = ctx.ws.fs;
  const ino = child(fs, oldDir, oldName)?.ino ?? 0;
  if (child(fs, newDir, newName)) fs = unlinkEntry(fs, newDir, newName, ctx.isHeld);
  fs = moveEntry(fs, oldDir, oldName, newDir, newName);
  const [fs2, wh] = allocInode(fs, { kind: 'chardev', major: 0, minor: 0 }, 0, oldDir);
  fs = linkEntry(fs2, oldDir, oldName, wh);
  // `src` names the whiteout left behind; `ref` where the object went.
  commit(ctx, fs, { type: 'rename', from, to, cause: 'whiteout', flags: 'whiteout', src: { dir: oldDir, name: oldName, ino: wh }, ref: { dir: newDir, name: newName, ino } });
}

/** ovl_set_redirect: relative (the old name) within one directory, absolute otherwise. */
/** Records the entry's old name for lookups to follow; the value now in force, or undefined when the one it had stays. */
function setRedirect(ctx: Ctx, m: OverlayMount, e: OvlEntry, samedir: boolean): Result<string | undefined> {
  let absolute = !samedir;
  if (samedir && e.type !== 'dir') {
    const lower = e.lowers[0] ? ctx.ws.fs.inodes.get(e.lowers[0].ino) : undefined;
    absolute = !!lower && lower.nlink > 1;
  }
  const existing = e.redirect;
  if (existing !== undefined && (!absolute || existing.startsWith('/'))) return ok(undefined);
  let value: string;
  if (!absolute) value = e.path[e.path.length - 1];
  else {
    const r = absoluteRedirect(ctx, m, e.path);
    if (!r.ok) return r;
    value = r.value;
  }
  const upperDir = ovlEntryAt(ctx, m.id, e.path.slice(0, -1));
  if (!upperDir.ok) return upperDir;
  realSetXattr(ctx, e.upper!, pathIn(ctx, upperDir.value.upper!, e.path[e.path.length - 1]), ovlXattrs(m).redirect, utf8Encode(value), 'redirect');
  setInodeRedirect(ctx, m.id, e.upper!, value);
  return ok(value);
}

/** ovl_get_redirect: the path from the root, through each ancestor's own redirect. */
export function absoluteRedirect(ctx: Ctx, m: OverlayMount, path: readonly string[]): Result<string> {
  let buf = '';
  let room = REDIRECT_MAX;
  for (let d = path.length; d > 0; d--) {
    const e = ovlEntryAt(ctx, m.id, path.slice(0, d));
    const name = e.ok && e.value.redirect !== undefined ? e.value.redirect : path[d - 1];
    if (name.length + (name.startsWith('/') ? 0 : 1) > room) return fail('EXDEV', 'redirect too long');
    room -= name.length;
    buf = name + buf;
    if (name.startsWith('/')) return ok(buf);
    room--;
    buf = `/${buf}`;
  }
  return ok(buf);
}
