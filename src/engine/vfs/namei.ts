// The path walk: component by component from the root or the cwd, following
// symlinks (at most 40), stepping into mounts, and '..' out of them.
import { utf8Length } from '../bytes.ts';
import type { Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import { childIno, ROOT_INO } from '../fs/fs.ts';
import { MAXSYMLINKS, NAME_MAX, PATH_MAX } from '../fs/inode.ts';
import type { FileType } from '../api.ts';
import { ovlLookupPath, probeLookup, type ProbeSink } from '../overlay/resolve.ts';
import type { LayerProbe, StaleLookup } from '../events.ts';
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
  /** A slash follows the last component (in the path, or in the body of a symlink followed at the end). */
  trailingSlash: boolean;
  lastKind: 'normal' | 'dot' | 'dotdot' | 'root';
}

/**
 * How the last component is treated, after fs/namei.c:
 * - `lookup` (path_lookupat, for stat, open without O_CREAT, chmod, xattrs,
 *   link's old name...): a trailing slash follows a symlink there and asks
 *   for a directory (lookup_last sets LOOKUP_FOLLOW|LOOKUP_DIRECTORY), so an
 *   existing non-directory fails ENOTDIR; a missing one comes back null.
 * - `parent` (filename_parentat then a lookup that never follows, for mkdir,
 *   mknod, symlink, link's new name, unlink, rmdir, rename): the last
 *   component is never followed, whatever the slash; each call decides what
 *   the slash means (filename_create, do_unlinkat, do_renameat2).
 * - `create` (open with O_CREAT, open_last_lookups): a slash after the last
 *   component fails EISDIR once its parent is reached, before it is looked
 *   up; a symlink there is followed when `followLast` (no O_EXCL, no
 *   O_NOFOLLOW), and its body's last component is treated the same way.
 */
export type LastMode = 'lookup' | 'parent' | 'create';

/** A component and whether a slash follows it in the string it came from. */
interface Comp {
  name: string;
  slash: boolean;
}

function comps(p: string): Comp[] {
  const names = splitPath(p);
  const trailing = p.endsWith('/');
  return names.map((name, i) => ({ name, slash: i < names.length - 1 || trailing }));
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

export function walk(ctx: Ctx, cwd: string, path: string, followLast: boolean, mode: LastMode = 'lookup'): Result<Walked> {
  if (path === '') return fail('ENOENT');
  if (utf8Length(path) >= PATH_MAX) return fail('ENAMETOOLONG');
  const todo: Comp[] = [...(path.startsWith('/') ? [] : comps(cwd).map((c) => ({ ...c, slash: true }))), ...comps(path)];
  let cwdSteps = path.startsWith('/') ? 0 : splitPath(cwd).length;
  let cur: Loc = ROOT;
  let links = 0;
  // Once a last component had a slash after it, a directory is asked for
  // (the kernel keeps LOOKUP_DIRECTORY in nd->flags through the symlinks).
  let wantDir = path.endsWith('/');
  // The type of the last object stepped into, as found right after its
  // lookup: nothing changes before it is asked again, so it is not re-read.
  let known: { loc: Loc; type: Result<FileType> } | null = null;
  const typeOf = (loc: Loc) => (known !== null && known.loc === loc ? known.type : locType(ctx, loc));
  /** The end of a lookup-mode walk: a slash asked for a directory. */
  const found = (w: Walked): Result<Walked> => {
    if (mode !== 'lookup' || !wantDir || !w.loc) return ok(w);
    const t = typeOf(w.loc);
    if (!t.ok) return t;
    return t.value === 'dir' ? ok(w) : fail('ENOTDIR');
  };
  if (todo.length === 0) return ok({ parent: null, name: '', loc: ROOT, trailingSlash: wantDir, lastKind: 'root' });
  while (todo.length > 0) {
    const { name: comp, slash } = todo.shift()!;
    const isLast = todo.length === 0;
    // Every component is looked up in a directory, `.` and `..` too: a
    // non-directory ends the walk (ENOTDIR) before may_lookup asks for search.
    const t = typeOf(cur);
    if (!t.ok) return t;
    if (t.value !== 'dir') return fail('ENOTDIR');
    // Search permission on each directory a name is looked up in; the walk
    // to the cwd itself is the process's past, not checked again.
    if (cwdSteps > 0) cwdSteps--;
    else {
      const x = mayLookup(ctx, cur);
      if (!x.ok) return x;
    }
    if (comp === '.' || comp === '..') {
      if (comp === '..') cur = parentOf(ctx, cur);
      if (isLast) return found({ parent: null, name: comp, loc: cur, trailingSlash: slash, lastKind: comp === '.' ? 'dot' : 'dotdot' });
      continue;
    }
    if (utf8Length(comp) > NAME_MAX) return fail('ENAMETOOLONG');
    if (isLast && slash && mode === 'create') return fail('EISDIR');
    // The last name in a merged directory is narrated (once per command):
    // its lookup keeps its probes for that, when it can.
    let r: Result<Loc | null>;
    if (isLast && cur.kind === 'ovl') {
      const p = [...cur.path, comp];
      const key = narrationKey(cur.mount, p);
      const sink: ProbeSink | undefined = narrationDue(ctx, key) ? { probes: [], fresh: false } : undefined;
      r = lookupIn(ctx, cur, comp, sink);
      if (sink?.stale) narrateStale(ctx, cur.mount, p, key, sink.probes, sink.stale);
      else narrateLookup(ctx, cur.mount, p, key, sink?.fresh && r.ok ? sink.probes : undefined);
    } else r = lookupIn(ctx, cur, comp);
    if (!r.ok) return r;
    const next = r.value;
    if (next === null) {
      if (isLast) return ok({ parent: cur, name: comp, loc: null, trailingSlash: slash, lastKind: 'normal' });
      return fail('ENOENT');
    }
    const nt = locType(ctx, next);
    if (!nt.ok) return nt;
    known = { loc: next, type: nt };
    const follow = !isLast || (mode !== 'parent' && (followLast || (mode === 'lookup' && slash)));
    if (nt.value === 'symlink' && follow) {
      if (++links > MAXSYMLINKS) return fail('ELOOP');
      const target = readlinkLoc(ctx, next);
      if (!target.ok) return target;
      if (target.value === '') return fail('ENOENT');
      if (target.value.startsWith('/')) cur = ROOT;
      const body = comps(target.value);
      // Inside the path, what follows the link still follows its body's last name.
      if (!isLast && body.length > 0) body[body.length - 1].slash = true;
      if (isLast && target.value.endsWith('/')) wantDir = true;
      todo.unshift(...body);
      if (todo.length === 0) {
        // A link to "/" names the root.
        return found({ parent: null, name: '', loc: ROOT, trailingSlash: slash, lastKind: 'root' });
      }
      continue;
    }
    if (!isLast) {
      cur = next;
      continue;
    }
    return found({ parent: cur, name: comp, loc: next, trailingSlash: slash, lastKind: 'normal' });
  }
  return found({ parent: null, name: '', loc: cur, trailingSlash: wantDir, lastKind: 'root' });
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

/**
 * A lookup whose layers answered but which failed with ESTALE, narrated as
 * such: what each layer said, then why the overlay refused what they found.
 */
function narrateStale(ctx: Ctx, mountId: number, path: string[], key: string, probes: LayerProbe[], stale: StaleLookup): void {
  if (!narrationDue(ctx, key)) return;
  ctx.narrated?.add(key);
  const m = mountById(ctx.ws, mountId);
  ctx.emit({ type: 'lookup', mount: mountId, path: [m.target, ...path].filter(Boolean).join('/'), at: [...path], probes: [...probes], found: null, stale });
}

/** The object a path names; it must exist (a trailing slash asks for a directory: see `walk`). */
export function resolve(ctx: Ctx, cwd: string, path: string, follow: boolean): Result<Loc> {
  const w = walk(ctx, cwd, path, follow);
  if (!w.ok) return w;
  if (!w.value.loc) return fail('ENOENT');
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
