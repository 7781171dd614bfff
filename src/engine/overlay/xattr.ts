// Extended attributes through the overlay: the overlay's own
// (trusted.overlay.*) are neither shown nor settable; others are read from
// the top copy, and setting one copies the object up first.
import type { Bytes } from '../api.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Loc } from '../workspace.ts';
import { realForMeta } from './entry.ts';
import { isPrivateXattr, OVL_XATTR_PREFIX } from './layers.ts';
import { mountReadonly } from './mount.ts';
import { ovlCopyUp } from './copyup.ts';
import { ovlEntryAt } from './resolve.ts';
import { realPath } from '../vfs/node.ts';
import { setRealXattr, removeRealXattr } from '../vfs/xattr-rules.ts';

type OvlLoc = Loc & { kind: 'ovl' };

const ESCAPED = `${OVL_XATTR_PREFIX}overlay.`;

/**
 * Since 6.7 the overlay escapes its own namespace: trusted.overlay.X set
 * through the mount is stored as trusted.overlay.overlay.X, so it can never
 * change how the overlay behaves, and reads back under its own name.
 */
export const escapeName = (name: string): string => (isPrivateXattr(name) ? ESCAPED + name.slice(OVL_XATTR_PREFIX.length) : name);

function unescapeName(real: string): string | null {
  if (real.startsWith(ESCAPED)) return OVL_XATTR_PREFIX + real.slice(ESCAPED.length);
  return isPrivateXattr(real) ? null : real;
}

export function ovlGetxattr(ctx: Ctx, loc: OvlLoc, name: string): Result<Bytes> {
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  const v = ctx.ws.fs.inodes.get(realForMeta(e.value).ino)?.xattrs[escapeName(name)];
  return v === undefined ? fail('ENODATA') : ok(v);
}

export function ovlListxattr(ctx: Ctx, loc: OvlLoc): Result<string[]> {
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  const xs = ctx.ws.fs.inodes.get(realForMeta(e.value).ino)?.xattrs ?? {};
  return ok(Object.keys(xs).map(unescapeName).filter((n): n is string => n !== null));
}

export function ovlSetxattr(ctx: Ctx, loc: OvlLoc, userName: string, value: Bytes | null, flags: number): Result<void> {
  const name = escapeName(userName);
  if (mountReadonly(ctx, loc.mount)) return fail('EROFS');
  const e = ovlEntryAt(ctx, loc.mount, loc.path);
  if (!e.ok) return e;
  if (value === null && e.value.upper === undefined) {
    // Removing what the lower copy does not have fails before any copy-up.
    const lower = ctx.ws.fs.inodes.get(realForMeta(e.value).ino);
    if (lower?.xattrs[name] === undefined) return fail('ENODATA');
  }
  // ovl_xattr_set copies up only an object with no upper at all: a lower
  // hard link whose index entry is already up (another name copied it)
  // has its xattrs changed there, without gaining an upper name of its own.
  let upper = e.value.upper;
  if (upper === undefined) {
    const up = ovlCopyUp(ctx, loc.mount, loc.path);
    if (!up.ok) return up;
    upper = up.value.upper!;
  }
  const label = realPath(ctx, loc, undefined, 'meta');
  return value === null ? removeRealXattr(ctx, upper, label, name) : setRealXattr(ctx, upper, label, name, value, flags);
}
