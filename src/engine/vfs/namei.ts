// The path walk: component by component from the root or the cwd, following
// symlinks (at most 40), stepping into mounts, and '..' out of them.
import { utf8Length } from '../bytes.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { childIno, ROOT_INO } from '../fs/fs.ts';
import { MAXSYMLINKS, NAME_MAX, PATH_MAX } from '../fs/inode.ts';
import type { FileType } from '../api.ts';
import { ovlLookupPath, probeLookup, type ProbeSink } from '../overlay/resolve.ts';
import type { LayerProbe } from '../events.ts';
import { mountAt, mountById, type Loc } from '../workspace.ts';
import { locType, readlinkLoc } from './node.ts';
import { mayLookup } from './perm.ts';

export const ROOT: Loc = { kind: 'base', ino: ROOT_INO };

export interface Walked {
  /** The directory holding the last component; null when the path names the root. */
  parent: Loc | null;
  /** The last component as written (after following symlinks). */
  name: string;
  /** What it names, or null when it does not exist (its parent does). */
  loc: Loc | null;
  trailingSlash: boolean;
  lastKind: 'normal' | 'dot' | 'dotdot' | 'root';
}

export function splitPath(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}

/** Steps into whatever is mounted on `loc`, mount on mount. */
export function crossMounts(ctx: Ctx, loc: Loc): Loc {
  let cur = loc;
  for (let m = mountAt(ctx.ws, cur); m; m = mountAt(ctx.ws, cur)) cur = { kind: 'ovl', mount: m.id, path: [] };
  return cur;
}

export function parentOf(ctx: Ctx, loc: Loc): Loc {
  if (loc.kind === 'base') {
    if (loc.ino === ROOT_INO) return ROOT;
    const d = ctx.ws.fs.inodes.get(loc.ino);
    return d && d.kind === 'dir' ? crossMounts(ctx, { kind: 'base', ino: d.parent }) : ROOT;
  }
  if (loc.path.length === 0) return parentOf(ctx, mountById(ctx.ws, loc.mount).mountpoint);
  return { kind: 'ovl', mount: loc.mount, path: loc.path.slice(0, -1) };
}

/** One name in a directory: the object it names (mounts crossed), or null. */
export function lookupIn(ctx: Ctx, dir: Loc, name: string, sink?: ProbeSink): Result<Loc | null> {
  if (dir.kind === 'base') {
    const ino = childIno(ctx.ws.fs, dir.ino, name);
    return ok(ino === undefined ? null : crossMounts(ctx, { kind: 'base', ino }));
  }
  const path = [...dir.path, name];
  const r = ovlLookupPath(ctx, dir.mount, path, sink);
  if (!r.ok) return r;
  return ok(r.value.negative ? null : crossMounts(ctx, { kind: 'ovl', mount: dir.mount, path }));
}

export function walk(ctx: Ctx, cwd: string, path: string, followLast: boolean): Result<Walked> {
  if (path === '') return fail('ENOENT');
  if (utf8Length(path) >= PATH_MAX) return fail('ENAMETOOLONG');
  const trailingSlash = path.endsWith('/');
  const todo = [...(path.startsWith('/') ? [] : splitPath(cwd)), ...splitPath(path)];
  let cwdSteps = path.startsWith('/') ? 0 : splitPath(cwd).length;
  let cur: Loc = ROOT;
  let links = 0;
  // The type of the last object stepped into, as found right after its
  // lookup: nothing changes before it is asked again, so it is not re-read.
  let known: { loc: Loc; type: Result<FileType> } | null = null;
  if (todo.length === 0) return ok({ parent: null, name: '', loc: ROOT, trailingSlash, lastKind: 'root' });
  while (todo.length > 0) {
    const comp = todo.shift()!;
    const isLast = todo.length === 0;
    // Search permission on each directory a name is looked up in; the walk
    // to the cwd itself is the process's past, not checked again.
    if (cwdSteps > 0) cwdSteps--;
    else {
      const x = mayLookup(ctx, cur);
      if (!x.ok) return x;
    }
    if (comp === '.' || comp === '..') {
      if (comp === '..') cur = parentOf(ctx, cur);
      if (isLast) return ok({ parent: null, name: comp, loc: cur, trailingSlash, lastKind: comp === '.' ? 'dot' : 'dotdot' });
      continue;
    }
    const t = known !== null && known.loc === cur ? known.type : locType(ctx, cur);
    if (!t.ok) return t;
    if (t.value !== 'dir') return fail('ENOTDIR');
    if (utf8Length(comp) > NAME_MAX) return fail('ENAMETOOLONG');
    // The last name in a merged directory is narrated (once per command):
    // its lookup keeps its probes for that, when it can.
    let r: Result<Loc | null>;
    if (isLast && cur.kind === 'ovl') {
      const path = [...cur.path, comp];
      const key = narrationKey(cur.mount, path);
      const sink: ProbeSink | undefined = narrationDue(ctx, key) ? { probes: [], fresh: false } : undefined;
      r = lookupIn(ctx, cur, comp, sink);
      narrateLookup(ctx, cur.mount, path, key, sink?.fresh && r.ok ? sink.probes : undefined);
    } else r = lookupIn(ctx, cur, comp);
    if (!r.ok) return r;
    const next = r.value;
    if (next === null) {
      if (isLast) return ok({ parent: cur, name: comp, loc: null, trailingSlash, lastKind: 'normal' });
      return fail('ENOENT');
    }
    const nt = locType(ctx, next);
    if (!nt.ok) return nt;
    known = { loc: next, type: nt };
    if (nt.value === 'symlink' && (!isLast || followLast || trailingSlash)) {
      if (++links > MAXSYMLINKS) return fail('ELOOP');
      const target = readlinkLoc(ctx, next);
      if (!target.ok) return target;
      if (target.value === '') return fail('ENOENT');
      if (target.value.startsWith('/')) cur = ROOT;
      todo.unshift(...splitPath(target.value));
      if (todo.length === 0) {
        // A link to "/" names the root.
        return ok({ parent: null, name: '', loc: ROOT, trailingSlash, lastKind: 'root' });
      }
      continue;
    }
    if (!isLast) {
      cur = next;
      continue;
    }
    return ok({ parent: cur, name: comp, loc: next, trailingSlash, lastKind: 'normal' });
  }
  return ok({ parent: null, name: '', loc: cur, trailingSlash, lastKind: 'root' });
}

const narrationKey = (mountId: number, path: string[]): string => `${mountId}\0${path.join('/')}`;

/** Whether narrateLookup would record this name now. */
function narrationDue(ctx: Ctx, key: string): boolean {
  return !ctx.quiet && !ctx.narrated?.has(key);
}

/**
 * Records how lookup resolved a name in a merged directory, once per
 * command: as a fresh lookup would, layer by layer. `probes` are those of
 * the lookup just made, when it was one (see ProbeSink); otherwise the
 * lookup is redone on a scratch copy.
 */
function narrateLookup(ctx: Ctx, mountId: number, path: string[], key: string, probes?: LayerProbe[]): void {
  if (!narrationDue(ctx, key)) return;
  ctx.narrated?.add(key);
  const r = probes ? ovlLookupPath(ctx, mountId, path) : probeLookup(ctx, mountId, path);
  if (!r.ok) return;
  const m = mountById(ctx.ws, mountId);
  const found = r.value.negative ? (r.value.whiteout ? 'whiteout' : null) : r.value.type;
  ctx.emit({ type: 'lookup', mount: mountId, path: [m.target, ...path].filter(Boolean).join('/'), at: [...path], probes: [...(probes ?? r.value.probes)], found: found === 'whiteout' ? null : found });
}

/** The object a path names; it must exist. */
export function resolve(ctx: Ctx, cwd: string, path: string, follow: boolean): Result<Loc> {
  const w = walk(ctx, cwd, path, follow);
  if (!w.ok) return w;
  if (!w.value.loc) return fail('ENOENT');
  if (w.value.trailingSlash) {
    const t = locType(ctx, w.value.loc);
    if (!t.ok) return t;
    if (t.value !== 'dir') return fail('ENOTDIR');
  }
  return ok(w.value.loc);
}

/** The workspace path of a location, as the user would write it. */
export function locPath(ctx: Ctx, loc: Loc): string {
  if (loc.kind === 'base') {
    const names: string[] = [];
    let cur = loc.ino;
    while (cur !== ROOT_INO) {
      const d = ctx.ws.fs.inodes.get(cur);
      if (!d || d.kind !== 'dir') return '?';
      names.push(d.name);
      cur = d.parent;
    }
    return names.reverse().join('/');
  }
  const m = mountById(ctx.ws, loc.mount);
  return [m.target, ...loc.path].filter((s) => s !== '').join('/');
}
