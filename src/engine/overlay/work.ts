// The work directory: temporary names for staging, and the one shared
// whiteout that every whiteout in the upper is a hard link to.
import { replaceMount, type Ctx } from '../ctx.ts';
import { child } from '../fs/fs.ts';
import type { Ino } from '../fs/inode.ts';
import { pathIn, realCreate, realExchange, realLink, realRename, realUnlink } from '../real.ts';
import { mountById, stagingDir, type OverlayMount } from '../workspace.ts';

/** ovl_tempname: `#` and a hex counter the kernel shares across mounts. */
export function nextTempName(ctx: Ctx): string {
  const ws = ctx.ws;
  const id = ws.tempId + 1;
  ctx.ws = { fs: ws.fs, mounts: ws.mounts, tempId: id, nextMountId: ws.nextMountId, uuidSeq: ws.uuidSeq };
  return `#${id.toString(16)}`;
}

/** Where the shared whiteout can be linked from, if it still exists. */
function sharedWhiteoutName(ctx: Ctx, m: OverlayMount): string | undefined {
  if (m.whiteout === undefined || !m.work) return undefined;
  const wd = ctx.ws.fs.inodes.get(stagingDir(m));
  if (!wd || wd.kind !== 'dir') return undefined;
  return wd.entries.findKey((ino) => ino === m.whiteout);
}

/**
 * ovl_whiteout: a whiteout in work/work ready to be moved into place. The
 * first one made stays in work/work for the life of the mount; later ones
 * are hard links to it.
 */
export function makeWhiteout(ctx: Ctx, mountId: number): { dir: Ino; name: string } {
  let m = mountById(ctx.ws, mountId);
  const workdir = stagingDir(m);
  // Where the shared whiteout is now (kept for below when nothing changes in between).
  const known = m.whiteout === undefined ? undefined : sharedWhiteoutName(ctx, m);
  if (known === undefined) {
    const name = nextTempName(ctx);
    const ino = realCreate(ctx, workdir, name, { kind: 'chardev', major: 0, minor: 0 }, 0, 'whiteout');
    replaceMount(ctx, { ...mountById(ctx.ws, mountId), whiteout: ino });
    m = mountById(ctx.ws, mountId);
  }
  if (!m.noSharedWhiteout) {
    const shared = known ?? sharedWhiteoutName(ctx, m)!;
    const link = nextTempName(ctx);
    realLink(ctx, m.whiteout!, pathIn(ctx, workdir, shared), workdir, link, 'whiteout');
    return { dir: workdir, name: link };
  }
  // Without sharing, the whiteout itself is used and a new one made next time.
  const name = sharedWhiteoutName(ctx, m)!;
  replaceMount(ctx, { ...m, whiteout: undefined });
  return { dir: workdir, name };
}

/**
 * ovl_cleanup_and_whiteout: puts a whiteout where `name` is in an upper
 * directory. A directory is swapped out (RENAME_EXCHANGE) and then removed
 * from work/work; anything else is simply replaced.
 */
export function cleanupAndWhiteout(ctx: Ctx, mountId: number, dir: Ino, name: string): void {
  const wh = makeWhiteout(ctx, mountId);
  const existing = child(ctx.ws.fs, dir, name);
  if (existing && existing.kind === 'dir') {
    realExchange(ctx, wh.dir, wh.name, dir, name, 'whiteout');
    realUnlink(ctx, wh.dir, wh.name, 'cleanup');
  } else {
    realRename(ctx, wh.dir, wh.name, dir, name, 'whiteout');
  }
}
