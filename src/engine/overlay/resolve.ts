// Merged paths to overlay entries, with a per-state cache standing in for
// the dentry cache: any change to the workspace makes a new state, and so a
// fresh cache, so nothing stale is ever served.
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { mountById, type Workspace } from '../workspace.ts';
import type { OvlEntry, OvlLookup } from './entry.ts';
import { lookupChild, rootEntry } from './lookup.ts';

const cache = new WeakMap<Workspace, Map<string, Result<OvlLookup>>>();

export function ovlLookupPath(ctx: Ctx, mountId: number, path: readonly string[]): Result<OvlLookup> {
  const m = mountById(ctx.ws, mountId);
  if (path.length === 0) return ok(rootEntry(m));
  const key = `${mountId}\0${path.join('/')}`;
  const hit = cache.get(ctx.ws)?.get(key);
  if (hit) return hit;
  const parent = ovlLookupPath(ctx, mountId, path.slice(0, -1));
  let r: Result<OvlLookup>;
  if (!parent.ok) r = parent;
  else if (parent.value.negative) r = fail('ENOENT');
  else if (parent.value.type !== 'dir') r = fail('ENOTDIR');
  else r = lookupChild(ctx, mountById(ctx.ws, mountId), parent.value, path[path.length - 1]);
  let map = cache.get(ctx.ws);
  if (!map) cache.set(ctx.ws, (map = new Map()));
  map.set(key, r);
  return r;
}

/** The entry at a path that must exist. */
export function ovlEntryAt(ctx: Ctx, mountId: number, path: readonly string[]): Result<OvlEntry> {
  const r = ovlLookupPath(ctx, mountId, path);
  if (!r.ok) return r;
  return r.value.negative ? fail('ENOENT') : ok(r.value);
}
