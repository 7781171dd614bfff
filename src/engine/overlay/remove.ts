// unlink and rmdir through the overlay (ovl_do_remove): a name that exists
// only in the upper is simply removed; one that also exists below is
// replaced by a whiteout. A directory must look empty first, and whiteouts
// inside its upper copy are cleared by swapping in a fresh opaque directory.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child, dirPathString, isDeadDir } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { pathIn, realCreate, realExchange, realSetattr, realSetXattr, realUnlink } from '../real.ts';
import { mountById, stagingDir, type Loc } from '../workspace.ts';
import { ovlCopyUp, overlayNlink } from './copyup.ts';
import type { OvlEntry } from './entry.ts';
import { isPrivateXattr, ovlXattrs, type OvlXattrNames } from './layers.ts';
import { isLookupWhiteout } from './marks.ts';
import { ovlNlinkEnd, ovlNlinkStart } from './nlink.ts';
import { checkEmptyDir, isPureUpper } from './readdir.ts';
import { dropDentries, ovlEntryAt, ovlLookupPath } from './resolve.ts';
import { cleanupAndWhiteout, nextTempName } from './work.ts';

type OvlLoc = Loc & { kind: 'ovl' };

/** ovl_lower_positive: does a lower layer of the parent show this name? */
export function lowerPositive(ctx: Ctx, x: OvlXattrNames, parent: OvlEntry, name: string, e: OvlEntry | null, upperWhiteout: boolean): boolean {
  if (!e) return upperWhiteout;
  if (e.upper === undefined) return true;
  for (const l of parent.lowers) {
    if (l.via) {
      // A lower that is an overlay mount answers through its own lookup: its whiteouts already hide names.
      const r = ovlLookupPath(ctx, l.via.mount, [...l.via.path, name]);
      if (r.ok && !r.value.negative) return true;
      continue;
    }
    const d = ctx.ws.fs.inodes.get(l.ino);
    if (!d || d.kind !== 'dir') continue;
    const c = child(ctx.ws.fs, l.ino, name);
    // ovl_path_is_whiteout: an xattr whiteout counts as one too.
    if (c) return !isLookupWhiteout(c, x);
  }
  return false;
}

export function ovlRemove(ctx: Ctx, loc: OvlLoc, isDir: boolean): Result<void> {
  const path = loc.path;
  const name = path[path.length - 1];
  const parentR = ovlEntryAt(ctx, loc.mount, path.slice(0, -1));
  if (!parentR.ok) return parentR;
  const eR = ovlEntryAt(ctx, loc.mount, path);
  if (!eR.ok) return eR;
  const x = ovlXattrs(mountById(ctx.ws, loc.mount));
  const positive = lowerPositive(ctx, x, parentR.value, name, eR.value, false);
  let whiteouts: string[] = [];
  if (isDir && (positive || !isPureUpper(ctx, x, eR.value))) {
    const empty = checkEmptyDir(ctx, x, eR.value, loc.mount);
    if (!empty.ok) return fail(empty.errno);
    whiteouts = empty.upperWhiteouts;
  }
  const up = ovlCopyUp(ctx, loc.mount, path.slice(0, -1));
  if (!up.ok) return up;
  const start = ovlNlinkStart(ctx, loc.mount, path);
  if (!start.ok) return start;
  const e = start.value;
  const nlinkBefore = isDir ? 0 : overlayNlink(ctx, x, e);
  const upperDir = up.value.upper!;
  // ovl_remove_upper and ovl_remove_and_whiteout look the name up in the
  // upper parent before anything else; in a directory removed behind the
  // overlay that lookup fails (namei.c: no child dentry for a dead
  // directory), so no whiteout is made and rm reports ENOENT.
  if (isDeadDir(ctx.ws.fs, upperDir)) return fail('ENOENT', 'the upper directory was removed behind the overlay');
  // ovl_matches_upper: the name in the upper must still be the object this
  // dentry has as its upper (replaced or removed behind the overlay: ESTALE,
  // and the dentry stays). A name with nothing up yet may be anything.
  if ((!positive || e.upper !== undefined) && child(ctx.ws.fs, upperDir, name)?.ino !== e.upper) {
    return fail('ESTALE', `${name} in the upper layer is not what the overlay looked up`);
  }
  dropDentries(ctx, loc.mount, path, isDir);
  if (whiteouts.length > 0) clearEmpty(ctx, loc.mount, upperDir, name, whiteouts);
  if (isDir && !positive) {
    // The upper filesystem's own rmdir: a pure-upper dir with anything in
    // it (a stray whiteout made by hand, say) is not empty.
    const d = child(ctx.ws.fs, upperDir, name);
    if (d && d.kind === 'dir' && d.entries.size > 0) return fail('ENOTEMPTY');
  }
  if (!positive) realUnlink(ctx, upperDir, name, 'syscall');
  else cleanupAndWhiteout(ctx, loc.mount, upperDir, name);
  dropDentries(ctx, loc.mount, path, isDir);
  // A removed directory's link count drops to zero; an indexed one loses its index entry too.
  ovlNlinkEnd(ctx, loc.mount, e, isDir ? 0 : nlinkBefore - 1);
  return ok(undefined);
}

/**
 * ovl_clear_empty: a directory whose upper copy holds only whiteouts is
 * replaced by a new, empty, opaque one (built in work/work, swapped in),
 * and the old one is emptied and removed.
 */
export function clearEmpty(ctx: Ctx, mountId: number, upperDir: Ino, name: string, whiteouts: string[]): Ino {
  const m = mountById(ctx.ws, mountId);
  const workdir = stagingDir(m);
  const old = child(ctx.ws.fs, upperDir, name)!;
  const tempName = nextTempName(ctx);
  const temp = realCreate(ctx, workdir, tempName, { kind: 'dir' }, old.mode, 'opaque');
  const label = pathIn(ctx, workdir, tempName);
  const x = ovlXattrs(m);
  for (const [xn, xv] of Object.entries(old.xattrs)) if (!isPrivateXattr(x, xn)) realSetXattr(ctx, temp, label, xn, xv, 'opaque');
  realSetXattr(ctx, temp, label, x.opaque, 'y', 'opaque');
  realSetattr(ctx, temp, label, { mode: old.mode, uid: old.uid, gid: old.gid, times: { atime: old.atime, mtime: old.mtime } }, 'opaque');
  realExchange(ctx, workdir, tempName, upperDir, name, 'opaque');
  // Emptying the old directory changes nothing on its path, so its label is found once.
  const oldLabel = dirPathString(ctx.ws.fs, old.ino);
  for (const w of whiteouts) if (child(ctx.ws.fs, old.ino, w)) realUnlink(ctx, old.ino, w, 'cleanup', oldLabel);
  realUnlink(ctx, workdir, tempName, 'cleanup');
  return temp;
}
