// The inodes index (index=on): work/index/<handle of the lower object>
// holds the copied-up object, so every lower hard link finds the same upper.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { child } from '../fs/fs.ts';
import { isWhiteoutInode, type Ino } from '../fs/inode.ts';
import type { OverlayMount } from '../workspace.ts';
import type { RealRef } from './entry.ts';
import { indexName } from './fh.ts';

/** ovl_lookup_index with verify: the usable index entry for `origin`, if any. */
export function lookupIndex(ctx: Ctx, m: OverlayMount, origin: RealRef, upper: Ino | undefined, isDir: boolean): Result<Ino | undefined> {
  const indexDir = m.work?.index;
  if (indexDir === undefined) return ok(undefined);
  const name = indexName(ctx.ws, m, origin.ino);
  const idx = child(ctx.ws.fs, indexDir, name);
  if (!idx) return ok(undefined);
  const originNode = ctx.ws.fs.inodes.get(origin.ino);
  if (isWhiteoutInode(idx) || !originNode || idx.kind !== originNode.kind) {
    return fail('EIO', `bad index found (index=index/${name})`);
  }
  if (isDir) {
    if (upper === undefined) return fail('EIO', `suspected uncovered redirected dir found (index=index/${name})`);
    return ok(idx.ino);
  }
  if (upper !== undefined && idx.ino !== upper) return ok(undefined);
  return ok(idx.ino);
}
