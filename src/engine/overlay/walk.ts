// The look the oracle takes after every step: list every merged directory
// and look up every name in it. Lookups fill the dentry cache and can write
// (an origin fixed), so the engine takes the same look. It is incremental:
// a directory whose real directories are the same objects as last time, and
// whose names were not dropped since, was fully looked up already; and
// given the state the last walk ended in, it goes down only where something
// changed since (walk-plan.ts).
import { replaceMount, type Ctx } from '../ctx.ts';
import { isDetached, mountAt, mountById, type WalkMark, type Workspace } from '../workspace.ts';
import type { Inode } from '../fs/inode.ts';
import type { RealRef } from './entry.ts';
import { ovlReaddir } from './readdir.ts';
import { ovlLookupPath } from './resolve.ts';
import { compareNames } from '../bytes.ts';
import { ok } from '../errno.ts';
import { noteMark, recordWalk, walkStart, WalkPlan } from './walk-plan.ts';

/**
 * Walks every mount in sight. `since`: the workspace the previous walk
 * ended in, when this state came from it (the command's `before`); without
 * it every directory is visited.
 */
export function walkMounts(ctx: Ctx, since?: Workspace): void {
  const quiet = ctx.quiet;
  ctx.quiet = true;
  const starts = new Map<number, NonNullable<ReturnType<typeof walkStart>>>();
  try {
    for (const m of ctx.ws.mounts) {
      // A mount covered by a later one on the same place is out of sight; so is one detached by umount.
      if (isDetached(m) || mountAt(ctx.ws, m.mountpoint)?.id !== m.id) continue;
      const inodes = ctx.ws.fs.inodes;
      const walk: Walk = { ctx, mountId: m.id, plan: WalkPlan.make(ctx.ws, m, since), unsettled: [] };
      walkDir(walk, [], '', true);
      const start = walkStart(m, inodes, walk.unsettled);
      if (start) starts.set(m.id, start);
    }
  } finally {
    ctx.quiet = quiet;
  }
  recordWalk(ctx.ws, starts);
}

interface Walk {
  readonly ctx: Ctx;
  readonly mountId: number;
  readonly plan: WalkPlan | null;
  readonly unsettled: string[];
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

/** Whether a mark's real directories are still these objects (realsOf, compared in place for plain layers). */
function sameReals(ctx: Ctx, reals: WalkMark['reals'], upper: number | undefined, lowers: readonly RealRef[]): boolean {
  if (reals.length !== lowers.length + 1) return same(reals, realsOf(ctx, upper, lowers));
  const inodes = ctx.ws.fs.inodes;
  if (reals[0] !== (upper === undefined ? undefined : inodes.get(upper))) return false;
  for (let i = 0; i < lowers.length; i++) {
    const l = lowers[i];
    if (l.via) return same(reals, realsOf(ctx, upper, lowers));
    if (reals[i + 1] !== inodes.get(l.ino)) return false;
  }
  return true;
}

const childKey = (key: string, name: string) => (key === '' ? name : `${key}/${name}`);

/** ovlLookupPath, answered straight from the dentry cache by key when cached (what it would do, without joining the path again). */
function lookupAt(ctx: Ctx, mountId: number, path: readonly string[], key: string): ReturnType<typeof ovlLookupPath> {
  const hit = path.length === 0 ? undefined : mountById(ctx.ws, mountId).dcache.get(key);
  return hit ? ok(hit) : ovlLookupPath(ctx, mountId, path);
}

/**
 * The subdirectories of `key` the last walk went through, when it went
 * through `key` itself (`reached`): those it may pass over now if nothing
 * at or below them changed since.
 */
function lastSubdirs(w: Walk, key: string, reached: boolean): ReadonlySet<string> | undefined {
  const subs = reached && w.plan ? w.plan.last.walked.get(key)?.subdirs : undefined;
  return subs && new Set(subs);
}

function passOver(w: Walk, last: ReadonlySet<string> | undefined, name: string, key: string): boolean {
  return !!last?.has(name) && w.plan!.mayPass(w.ctx.ws, mountById(w.ctx.ws, w.mountId), key);
}

function walkDir(w: Walk, path: string[], key: string, reached: boolean): void {
  const { ctx, mountId } = w;
  const e = lookupAt(ctx, mountId, path, key);
  if (!e.ok || e.value.negative || e.value.type !== 'dir') return;
  const mark = mountById(ctx.ws, mountId).walked.get(key);
  const last = lastSubdirs(w, key, reached);
  if (mark && sameReals(ctx, mark.reals, e.value.upper, e.value.lowers)) {
    noteMark(mountById(ctx.ws, mountId), key, mark);
    for (const sub of mark.subdirs) {
      const ck = childKey(key, sub);
      if (!passOver(w, last, sub, ck)) walkDir(w, [...path, sub], ck, !!last?.has(sub));
    }
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
    const ck = childKey(key, name);
    const r = lookupAt(ctx, mountId, childPath, ck);
    if (!r.ok && r.errno === 'ESTALE') settled = false;
    if (!r.ok || r.value.negative || r.value.type !== 'dir') continue;
    // A directory with something mounted on it shows the mount instead; that is walked on its own.
    if (mountAt(ctx.ws, { kind: 'ovl', mount: mountId, path: childPath })) continue;
    subdirs.push(name);
    if (!passOver(w, last, name, ck)) walkDir(w, childPath, ck, !!last?.has(name));
  }
  // Lookups may have written (impure on this directory): record what it is now.
  const now = lookupAt(ctx, mountId, path, key);
  if (settled && now.ok && !now.value.negative) {
    const m = mountById(ctx.ws, mountId);
    const made: WalkMark = { reals: realsOf(ctx, now.value.upper, now.value.lowers), subdirs };
    noteMark(m, key, made);
    replaceMount(ctx, { ...m, walked: m.walked.set(key, made) });
  } else w.unsettled.push(key);
}
