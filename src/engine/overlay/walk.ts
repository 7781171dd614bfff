// The look the oracle takes after every step: list every merged directory
// and look up every name in it. Lookups fill the dentry cache and can write
// (an origin fixed), so the engine takes the same look. It is incremental:
// a directory whose real directories are the same objects as last time, and
// whose names were not dropped since, was fully looked up already.
import { replaceMount, type Ctx } from '../ctx.ts';
import { isDetached, mountAt, mountById, type WalkMark } from '../workspace.ts';
import type { Inode } from '../fs/inode.ts';
import type { RealRef } from './entry.ts';
import { ovlReaddir } from './readdir.ts';
import { ovlLookupPath } from './resolve.ts';
import { compareNames } from '../bytes.ts';

export function walkMounts(ctx: Ctx): void {
  const quiet = ctx.quiet;
  ctx.quiet = true;
  try {
    for (const m of ctx.ws.mounts) {
      // A mount covered by a later one on the same place is out of sight; so is one detached by umount.
      if (isDetached(m) || mountAt(ctx.ws, m.mountpoint)?.id !== m.id) continue;
      walkDir(ctx, m.id, []);
    }
  } finally {
    ctx.quiet = quiet;
  }
}

function realsOf(ctx: Ctx, upper: number | undefined, lowers: readonly RealRef[]): (Inode | undefined)[] {
  const out = [upper === undefined ? undefined : ctx.ws.fs.inodes.get(upper)];
  for (const l of lowers) {
    if (!l.via) {
      out.push(ctx.ws.fs.inodes.get(l.ino));
      continue;
    }
    // A directory of an overlay layer changes when any of that overlay's real directories does.
    const inner = ovlLookupPath(ctx, l.via.mount, l.via.path);
    if (inner.ok && !inner.value.negative) out.push(...realsOf(ctx, inner.value.upper, inner.value.lowers));
    else out.push(undefined);
  }
  return out;
}

const same = (a: WalkMark['reals'], b: WalkMark['reals']) => a.length === b.length && a.every((x, i) => x === b[i]);

function walkDir(ctx: Ctx, mountId: number, path: string[]): void {
  const e = ovlLookupPath(ctx, mountId, path);
  if (!e.ok || e.value.negative || e.value.type !== 'dir') return;
  const key = path.join('/');
  const mark = mountById(ctx.ws, mountId).walked.get(key);
  if (mark && same(mark.reals, realsOf(ctx, e.value.upper, e.value.lowers))) {
    for (const sub of mark.subdirs) walkDir(ctx, mountId, [...path, sub]);
    return;
  }
  const subdirs: string[] = [];
  const names = ovlReaddir(ctx, mountId, e.value);
  // As the oracle walks: names in byte order (node's readdirSync), each
  // looked up, and a directory walked before the next name is looked up.
  // The order shows where one lookup changes the next: two names that find
  // one lower object are one overlay inode.
  const sorted = (names.ok ? names.value.map((n) => n.name) : []).sort(compareNames);
  // A lookup that failed for another cached name's sake (ESTALE: one
  // overlay inode per lower object) is not cached and may succeed once that
  // name goes: such a directory is looked at again next time.
  let settled = true;
  for (const name of sorted) {
    const childPath = [...path, name];
    const r = ovlLookupPath(ctx, mountId, childPath);
    if (!r.ok && r.errno === 'ESTALE') settled = false;
    if (!r.ok || r.value.negative || r.value.type !== 'dir') continue;
    // A directory with something mounted on it shows the mount instead; that is walked on its own.
    if (mountAt(ctx.ws, { kind: 'ovl', mount: mountId, path: childPath })) continue;
    subdirs.push(name);
    walkDir(ctx, mountId, childPath);
  }
  // Lookups may have written (impure on this directory): record what it is now.
  const now = ovlLookupPath(ctx, mountId, path);
  if (settled && now.ok && !now.value.negative) {
    const m = mountById(ctx.ws, mountId);
    replaceMount(ctx, { ...m, walked: m.walked.set(key, { reals: realsOf(ctx, now.value.upper, now.value.lowers), subdirs }) });
  }
}
