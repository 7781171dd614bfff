// Creating through the overlay: the parent chain is copied up, then the new
// object is made in the upper. Over a whiteout it is staged in work/work and
// swapped in (a directory made opaque so the old lower contents stay hidden).
import { utf8Encode } from '../bytes.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child, dirPathString, isDeadDir } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { pathIn, realCreate, realExchange, realLink, realRename, realSetattr, realSetXattr, realUnlink } from '../real.ts';
import type { NewInode } from '../fs/fs.ts';
import { mountById, stagingDir, type Loc } from '../workspace.ts';
import { isMerge, type OvlEntry } from './entry.ts';
import { ovlXattrs } from './layers.ts';
import { isLookupWhiteout } from './marks.ts';
import { originType, setImpure } from './origin.ts';
import { allowOfflineChanges } from './params.ts';
import { ovlCopyUp, overlayNlink } from './copyup.ts';
import { dropDentries, instantiate, ovlLookupPath, putDentries, setInodeRedirect } from './resolve.ts';
import { mountReadonly } from './mount.ts';
import { nextTempName } from './work.ts';
import { absoluteRedirect } from './rename.ts';
import { ovlNlinkEnd, ovlNlinkStart } from './nlink.ts';

type OvlLoc = Loc & { kind: 'ovl' };

export function ovlCreate(ctx: Ctx, parentLoc: OvlLoc, name: string, spec: NewInode, mode: number): Result<Loc> {
  if (spec.kind === 'chardev' && spec.major === 0 && spec.minor === 0) {
    return fail('EPERM', 'overlayfs does not allow creating a whiteout through the mount');
  }
  if (mountReadonly(ctx, parentLoc.mount)) return fail('EROFS');
  const up = ovlCopyUp(ctx, parentLoc.mount, parentLoc.path);
  if (!up.ok) return up;
  const parent = up.value;
  const target = ovlLookupPath(ctx, parentLoc.mount, [...parentLoc.path, name]);
  if (!target.ok) return target;
  if (!target.value.negative) return fail('EEXIST');
  // The negative dentry goes before the disk changes, so no micro-step shows it stale.
  dropDentries(ctx, parentLoc.mount, [...parentLoc.path, name]);
  const r = createOrLink(ctx, parentLoc.mount, parent, name, target.value.whiteout, { spec, mode });
  const made = r.ok ? child(ctx.ws.fs, parent.upper!, name) : undefined;
  if (made) instantiate(ctx, parentLoc.mount, [...parentLoc.path, name], made.ino, made.kind === 'dir' && made.xattrs[ovlXattrs(mountById(ctx.ws, parentLoc.mount)).opaque] === 'y');
  // A failed create leaves the negative dentry as it was: a name that
  // appeared in the upper behind the overlay (ESTALE) stays unreachable.
  else putDentries(ctx, parentLoc.mount, [...parentLoc.path, name], [{ rel: [], lookup: target.value }]);
  if (!r.ok) return r;
  return ok({ kind: 'ovl', mount: parentLoc.mount, path: [...parentLoc.path, name] });
}

type What = { spec: NewInode; mode: number } | { hardlink: Ino; hardlinkLabel: string };

function createOrLink(ctx: Ctx, mountId: number, parent: OvlEntry, name: string, overWhiteout: boolean, what: What): Result<void> {
  const m = mountById(ctx.ws, mountId);
  const upperDir = parent.upper!;
  const isDir = 'spec' in what && what.spec.kind === 'dir';
  if (isDeadDir(ctx.ws.fs, upperDir)) return fail('ENOENT', 'the upper directory was removed behind the overlay');
  const existing = child(ctx.ws.fs, upperDir, name);
  // ovl_create_real: the cache said negative, but the upper has the name now.
  if (!overWhiteout && existing) return fail('ESTALE', `${name} appeared in the upper layer behind the overlay`);
  // ovl_upper_is_whiteout: a 0/0 device or an xattr whiteout (ovl_path_is_whiteout).
  if (overWhiteout && !(existing && isLookupWhiteout(existing, ovlXattrs(m)))) {
    return fail('ESTALE', `the whiteout at ${name} is gone from the upper layer`);
  }
  if (!overWhiteout) {
    if ('spec' in what) {
      const ino = realCreate(ctx, upperDir, name, what.spec, what.mode, 'syscall');
      if (isMerge(parent) && isDir && !allowOfflineChanges(m.config)) {
        realSetXattr(ctx, ino, pathIn(ctx, upperDir, name), ovlXattrs(m).opaque, 'y', 'opaque');
      }
    } else {
      realLink(ctx, what.hardlink, what.hardlinkLabel, upperDir, name, 'syscall');
    }
    return ok(undefined);
  }
  // Over a whiteout: stage the new object in work/work, then move it into place.
  const workdir = stagingDir(m);
  const tempName = nextTempName(ctx);
  if ('spec' in what) {
    const temp = realCreate(ctx, workdir, tempName, what.spec, what.mode, 'syscall');
    if (what.spec.kind !== 'symlink' && (ctx.ws.fs.inodes.get(temp)!.mode & 0o7777) !== (what.mode & 0o7777)) {
      realSetattr(ctx, temp, pathIn(ctx, workdir, tempName), { mode: what.mode }, 'syscall');
    }
  } else {
    realLink(ctx, what.hardlink, what.hardlinkLabel, workdir, tempName, 'syscall');
  }
  if (isDir) {
    realSetXattr(ctx, child(ctx.ws.fs, workdir, tempName)!.ino, pathIn(ctx, workdir, tempName), ovlXattrs(m).opaque, 'y', 'opaque');
    realExchange(ctx, workdir, tempName, upperDir, name, 'opaque');
    realUnlink(ctx, workdir, tempName, 'cleanup');
  } else {
    realRename(ctx, workdir, tempName, upperDir, name, 'whiteout');
  }
  return ok(undefined);
}

/** link(2) through the overlay: the source is copied up and linked in the upper. */
export function ovlLink(ctx: Ctx, oldLoc: OvlLoc, newParentLoc: OvlLoc, name: string): Result<void> {
  if (oldLoc.mount !== newParentLoc.mount) return fail('EXDEV');
  if (mountReadonly(ctx, oldLoc.mount)) return fail('EROFS');
  const old = ovlCopyUp(ctx, oldLoc.mount, oldLoc.path);
  if (!old.ok) return old;
  const parent = ovlCopyUp(ctx, newParentLoc.mount, newParentLoc.path);
  if (!parent.ok) return parent;
  const target = ovlLookupPath(ctx, newParentLoc.mount, [...newParentLoc.path, name]);
  if (!target.ok) return target;
  if (!target.value.negative) return fail('EEXIST');
  const start = ovlNlinkStart(ctx, oldLoc.mount, oldLoc.path);
  if (!start.ok) return start;
  const e = start.value;
  if (e.metacopy) {
    const r = setLinkRedirect(ctx, oldLoc.mount, e);
    if (!r.ok) return r;
  }
  const x = ovlXattrs(mountById(ctx.ws, oldLoc.mount));
  if (originType(ctx, x, e)) setImpure(ctx, x, parent.value.upper);
  const oldParent = ovlLookupPath(ctx, oldLoc.mount, oldLoc.path.slice(0, -1));
  const label = oldParent.ok && !oldParent.value.negative && oldParent.value.upper !== undefined
    ? pathIn(ctx, oldParent.value.upper, oldLoc.path[oldLoc.path.length - 1])
    : dirPathString(ctx.ws.fs, e.upper!);
  const nlinkBefore = overlayNlink(ctx, x, e);
  const r = createOrLink(ctx, newParentLoc.mount, parent.value, name, target.value.whiteout, { hardlink: e.upper!, hardlinkLabel: label });
  dropDentries(ctx, oldLoc.mount, oldLoc.path);
  dropDentries(ctx, newParentLoc.mount, [...newParentLoc.path, name]);
  if (!r.ok) {
    // As for a create: the negative dentry stays.
    putDentries(ctx, newParentLoc.mount, [...newParentLoc.path, name], [{ rel: [], lookup: target.value }]);
    return r;
  }
  ovlNlinkEnd(ctx, oldLoc.mount, e, nlinkBefore + 1);
  return ok(undefined);
}

/**
 * ovl_set_link_redirect: a metacopy that gains a second name needs an
 * absolute redirect to find its data from either name. An absolute one
 * stays; otherwise ovl_get_redirect builds it from the file's own redirect
 * (a relative one names the lower file it was renamed from) and each
 * parent's name or redirect, up to the root or an absolute redirect: so a
 * file renamed within its directory points at its old name, not its new.
 */
function setLinkRedirect(ctx: Ctx, mountId: number, e: OvlEntry): Result<void> {
  if (e.redirect?.startsWith('/')) return ok(undefined);
  const m = mountById(ctx.ws, mountId);
  const abs = absoluteRedirect(ctx, m, e.path);
  if (!abs.ok) return abs;
  const value = abs.value;
  realSetXattr(ctx, e.upper!, [m.upper!.path, ...e.path].join('/'), ovlXattrs(m).redirect, utf8Encode(value), 'redirect');
  setInodeRedirect(ctx, mountId, e.upper!, value);
  return ok(undefined);
}
