// chmod, chown, utimes and truncate through the overlay (ovl_setattr): the
// object is copied up first (metadata only under metacopy=on, unless the
// size changes), then the change is made to the upper copy.
import { O_WRONLY } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { realSetattr, realTruncate } from '../real.ts';
import type { Loc } from '../workspace.ts';
import { realPath } from '../vfs/node.ts';
import { ovlCopyUp } from './copyup.ts';
import { mountReadonly } from './mount.ts';

export interface AttrChange {
  mode?: number;
  uid?: number;
  gid?: number;
  times?: boolean;
  size?: number;
}

export function ovlSetattr(ctx: Ctx, loc: Loc & { kind: 'ovl' }, change: AttrChange): Result<void> {
  if (mountReadonly(ctx, loc.mount)) return fail('EROFS');
  const up = ovlCopyUp(ctx, loc.mount, loc.path, change.size !== undefined ? O_WRONLY : 0);
  if (!up.ok) return up;
  const upper = up.value.upper!;
  // A metacopy keeps its data below; the attributes change on the upper copy.
  const label = realPath(ctx, loc, undefined, change.size !== undefined ? 'data' : 'meta');
  if (change.size !== undefined) realTruncate(ctx, upper, label, change.size, 'syscall');
  const now = ctx.ws.fs.clock;
  if (change.mode !== undefined || change.uid !== undefined || change.gid !== undefined || change.times) {
    realSetattr(
      ctx,
      upper,
      label,
      {
        ...(change.mode !== undefined ? { mode: change.mode } : {}),
        ...(change.uid !== undefined ? { uid: change.uid } : {}),
        ...(change.gid !== undefined ? { gid: change.gid } : {}),
        ...(change.times ? { times: { atime: now, mtime: now } } : {}),
      },
      'syscall',
    );
  }
  return ok(undefined);
}
