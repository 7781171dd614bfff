// Merged paths to overlay entries, through the mount's dentry cache: a name
// looked up once (found or not) is answered from the cache until an
// operation through the overlay changes it. That is what the kernel does,
// and why a file slipped into a layer behind the overlay's back can stay
// invisible, or a deleted one readable, until the next mount.
import { replaceMount, scratchCtx, type Ctx } from '../ctx.ts';
import { fail, ok, type Result } from '../errno.ts';
import type { Ino } from '../fs/inode.ts';
import type { IntTable } from '../fs/table.ts';
import type { LayerProbe, StaleLookup } from '../events.ts';
import { mountById, withDentries, type OverlayMount } from '../workspace.ts';
import { realForData, realForMeta, type OvlEntry, type OvlLookup, type RealRef } from './entry.ts';
import { lookupChild, rootEntry } from './lookup.ts';

const keyOf = (path: readonly string[]) => path.join('/');

function refsOf(l: OvlLookup): Ino[] {
  if (l.negative) return [];
  const out = l.lowers.map((r) => r.ino);
  if (l.upper !== undefined) out.push(l.upper);
  if (l.lowerData) out.push(l.lowerData.ino);
  for (const r of l.lowers) if (r.data !== undefined) out.push(r.data);
  return out;
}

function pin(pins: IntTable<number>, inos: Ino[], by: number): IntTable<number> {
  // Most lookups pin one or two inodes: plain updates then, no transient copy.
  if (inos.length === 0) return pins;
  if (inos.length === 2 && inos[0] === inos[1]) {
    // A lower file is both the origin and the data: one update, the same result.
    const n = (pins.get(inos[0]) ?? 0) + 2 * by;
    return n <= 0 ? pins.delete(inos[0]) : pins.set(inos[0], n);
  }
  if (inos.length <= 2) {
    let p = pins;
    for (const i of inos) {
      const n = (p.get(i) ?? 0) + by;
      p = n <= 0 ? p.delete(i) : p.set(i, n);
    }
    return p;
  }
  return pins.withMutations((p) => {
    for (const i of inos) {
      const n = (p.get(i) ?? 0) + by;
      if (n <= 0) p.delete(i);
      else p.set(i, n);
    }
  });
}

function cache(ctx: Ctx, mountId: number, path: readonly string[], l: OvlLookup): void {
  const m = mountById(ctx.ws, mountId);
  replaceMount(ctx, withDentries(m, m.dcache.set(keyOf(path), l), pin(m.pins, refsOf(l), 1), m.walked));
}

/**
 * Where a lookup that is about to be narrated can leave its probes: filled
 * (and `fresh` set) only when the name was not cached and looking it up
 * changed nothing on the disk. Those are then exactly the probes a fresh
 * lookup right after would find (probeLookup), without doing it twice.
 */
export interface ProbeSink {
  readonly probes: LayerProbe[];
  fresh: boolean;
  /** Set when the layers answered but the lookup failed with ESTALE; `probes` are then what they answered. */
  stale?: StaleLookup;
}

export function ovlLookupPath(ctx: Ctx, mountId: number, path: readonly string[], sink?: ProbeSink): Result<OvlLookup> {
  const m = mountById(ctx.ws, mountId);
  if (path.length === 0) return ok(rootEntry(m));
  const hit = m.dcache.get(keyOf(path));
  if (hit) return ok(hit);
  const parent = ovlLookupPath(ctx, mountId, path.slice(0, -1));
  if (!parent.ok) return parent;
  if (parent.value.negative) return fail('ENOENT');
  if (parent.value.type !== 'dir') return fail('ENOTDIR');
  const fs = ctx.ws.fs;
  const found = lookupChild(ctx, mountById(ctx.ws, mountId), parent.value, path[path.length - 1], false, sink?.probes);
  const r = found.ok && !found.value.negative ? sharedInode(mountById(ctx.ws, mountId), found.value) : found;
  if (sink) {
    sink.fresh = r.ok && ctx.ws.fs === fs;
    // lookupChild's one ESTALE is ovl_verify_origin's; sharedInode's is ovl_verify_inode's.
    if (!r.ok && r.errno === 'ESTALE') sink.stale = found.ok ? 'inode' : 'origin';
  }
  // A failed lookup leaves nothing in the cache; a negative one does.
  if (r.ok && !r.value.negative && r.value.type === 'dir' && r.value.upper !== undefined) moveDirAlias(ctx, mountId, path, r.value, r.value.upper);
  if (r.ok) cache(ctx, mountId, path, r.value);
  if (r.ok && !r.value.negative && r.value.xwhiteouts) markXwhiteoutLayers(ctx, mountId, r.value.xwhiteouts);
  return r;
}

/**
 * ovl_get_inode: an object keyed by its lower (ovl_hash_bylower) is one
 * overlay inode for every name that finds that lower, as long as one of them
 * is cached. A name found with another upper than the inode's, or a
 * directory found without the upper its inode has, fails ovl_verify_inode
 * (ESTALE); a non-directory found without an upper is an alias of the
 * copied-up inode and shares its upper (no upper alias of its own yet).
 * That happens when a lower file is renamed behind the overlay after its
 * copy-up: the upper's origin and the new lower name are the same inode.
 */
function sharedInode(m: OverlayMount, e: OvlEntry): Result<OvlEntry> {
  const key = e.lowers[0];
  if (!key || key.via || e.constIno === false || !m.pins.get(key.ino)) return ok(e);
  let inode: OvlEntry | undefined;
  for (const [, v] of m.dcache) {
    if (!v.negative && v.constIno !== false && v.lowers[0]?.ino === key.ino && !v.lowers[0].via) {
      inode = v;
      break;
    }
  }
  if (!inode || inode.upper === e.upper) return ok(e);
  if (e.upper !== undefined || e.type === 'dir') return fail('ESTALE', `${e.path.join('/')}: another name has this lower with another upper`);
  return ok({ ...e, upper: inode.upper, upperAlias: false, index: inode.index, metacopy: inode.metacopy, redirect: inode.redirect, lowerData: inode.metacopy ? e.lowerData : undefined });
}

/** What a directory's overlay inode is hashed by (ovl_hash_bylower): its top lower if any (not for nfs_export's non-indexed upper), else its upper. */
const inodeKey = (e: OvlEntry): string => (e.lowers[0] && e.constIno !== false ? `L${e.lowers[0].ino}` : `U${e.upper}`);

/**
 * A directory has one dentry (d_splice_alias): found under a new name (its
 * upper renamed behind the overlay), the dentry cached under the old name
 * moves to the new one, so the old name is looked up afresh next time; only
 * for one overlay inode: a merged directory's upper found alone elsewhere is
 * another inode, and the old name keeps its dentry. Only a pinned upper counts.
 */
function moveDirAlias(ctx: Ctx, mountId: number, path: readonly string[], e: OvlEntry, upper: Ino): void {
  const m = mountById(ctx.ws, mountId);
  if (!m.pins.get(upper)) return;
  const key = keyOf(path);
  const inode = inodeKey(e);
  for (const [k, v] of m.dcache) {
    if (k !== key && !v.negative && v.type === 'dir' && v.upper === upper && inodeKey(v) === inode) {
      dropDentries(ctx, mountId, k === '' ? [] : k.split('/'), true);
      return;
    }
  }
}

/** ovl_layer_set_xwhiteouts: the layers stay marked for the mount's life. */
function markXwhiteoutLayers(ctx: Ctx, mountId: number, layers: readonly number[]): void {
  const m = mountById(ctx.ws, mountId);
  const have = m.xwhiteoutLayers ?? [];
  if (layers.every((l) => have.includes(l))) return;
  replaceMount(ctx, { ...m, xwhiteoutLayers: [...new Set([...have, ...layers])] });
}

/** The entry at a path that must exist. */
export function ovlEntryAt(ctx: Ctx, mountId: number, path: readonly string[]): Result<OvlEntry> {
  const r = ovlLookupPath(ctx, mountId, path);
  if (!r.ok) return r;
  return r.value.negative ? fail('ENOENT') : ok(r.value);
}

/**
 * How a fresh lookup would resolve a name, layer by layer (for narration and
 * the resolution path view): computed on a scratch copy, so neither the
 * cache nor the disk changes.
 */
export function probeLookup(ctx: Ctx, mountId: number, path: readonly string[]): Result<OvlLookup> {
  const scratch = scratchCtx(ctx.ws);
  scratch.quiet = true;
  if (path.length === 0) return ok(rootEntry(mountById(ctx.ws, mountId)));
  const parent = ovlLookupPath(scratch, mountId, path.slice(0, -1));
  if (!parent.ok) return parent;
  if (parent.value.negative) return fail('ENOENT');
  if (parent.value.type !== 'dir') return fail('ENOTDIR');
  return lookupChild(scratch, mountById(scratch.ws, mountId), parent.value, path[path.length - 1], true);
}

/**
 * Forgets cached lookups after an operation through the overlay changed a
 * name (d_drop): the name itself, and with `subtree` everything below it.
 */
export function dropDentries(ctx: Ctx, mountId: number, path: readonly string[], subtree = false): void {
  const m = mountById(ctx.ws, mountId);
  const key = keyOf(path);
  if (!subtree) {
    // One name: the same change as below, without transient copies (this runs for every name removed).
    const self = m.dcache.get(key);
    const parentKey = keyOf(path.slice(0, -1));
    const walked = m.walked.has(parentKey) ? m.walked.delete(parentKey) : m.walked;
    if (!self && walked === m.walked) return;
    // The walk after the command looks again where the journal says (a dropped mark included).
    const dcache = self ? m.dcache.delete(key) : m.dcache.touch(key);
    replaceMount(ctx, withDentries(m, dcache, pin(m.pins, self ? refsOf(self) : [], -1), walked));
    return;
  }
  const gone: OvlLookup[] = [];
  let dcache = m.dcache;
  for (const k of [key, ...m.dcache.below(key)]) {
    const v = dcache.get(k);
    if (!v) continue;
    gone.push(v);
    dcache = dcache.delete(k);
  }
  // The listing that held the name (and, for a subtree, every listing below) must be looked at again.
  const parentKey = keyOf(path.slice(0, -1));
  const marks = [parentKey, key, ...m.walked.below(key)];
  const dropped = marks.filter((k) => m.walked.has(k));
  const walked = dropped.length === 0 ? m.walked : m.walked.deleteAll(dropped);
  if (gone.length === 0 && walked === m.walked) return;
  // Each dropped mark is journalled: the walk looks there again.
  for (const k of dropped) dcache = dcache.touch(k === parentKey ? key : k);
  replaceMount(ctx, withDentries(m, dcache, pin(m.pins, gone.flatMap(refsOf), -1), walked));
}

export type { OverlayMount };

/**
 * Lower hard links under index=on are one overlay inode (hashed by the
 * lower): when one is copied up into work/index, every cached alias shares
 * the new upper at once, without an upper name of its own (no upper alias)
 * until it is linked up. The dentries stay cached: an alias whose upper
 * name was taken behind the overlay is still found, and its link-up fails
 * (ovl_link_up). An alias that already had an upper is forgotten instead.
 */
export function indexAliasesOf(ctx: Ctx, mountId: number, lowerIno: Ino, index: Ino, metacopy: boolean): void {
  const m = mountById(ctx.ws, mountId);
  const share: [string, OvlEntry][] = [];
  const drop: string[] = [];
  for (const [k, v] of m.dcache) {
    if (v.negative || !v.lowers.some((r) => r.ino === lowerIno)) continue;
    if (v.upper === undefined && v.type !== 'dir') share.push([k, v]);
    else drop.push(k);
  }
  for (const k of drop) dropDentries(ctx, mountId, k.split('/'));
  if (share.length === 0) return;
  const cur = mountById(ctx.ws, mountId);
  let dcache = cur.dcache;
  let pins = cur.pins;
  for (const [k, v] of share) {
    const next: OvlEntry = { ...v, upper: index, upperAlias: false, index, metacopy, lowerData: metacopy ? v.lowerData : undefined };
    pins = pin(pin(pins, refsOf(v), -1), refsOf(next), 1);
    dcache = dcache.set(k, next);
  }
  replaceMount(ctx, withDentries(cur, dcache, pins, cur.walked));
}

/**
 * A redirect belongs to the overlay inode (OVL_I(inode)->redirect), which
 * every cached name of one upper object shares (hard links, index aliases):
 * setting it through one name is seen through the others.
 */
export function setInodeRedirect(ctx: Ctx, mountId: number, upper: Ino, redirect: string): void {
  const m = mountById(ctx.ws, mountId);
  let dcache = m.dcache;
  for (const [k, v] of m.dcache) if (!v.negative && v.upper === upper && v.redirect !== redirect) dcache = dcache.set(k, { ...v, redirect });
  if (dcache !== m.dcache) replaceMount(ctx, { ...m, dcache });
}

/**
 * Copy-up keeps the dentry and gives it an upper (ovl_inode_update): its
 * lower stack stays what it was, even if a lower changed behind the overlay.
 */
export function gainUpper(
  ctx: Ctx,
  mountId: number,
  path: readonly string[],
  upper: Ino,
  patch: Partial<Pick<OvlEntry, 'metacopy' | 'index' | 'upperAlias'>> = {},
  /** The dentry as it was, should the copy-up itself have dropped it (index aliases). */
  before?: OvlEntry,
): void {
  const m = mountById(ctx.ws, mountId);
  const key = keyOf(path);
  const cur = m.dcache.get(key) ?? before;
  if (!cur || cur.negative) return dropDentries(ctx, mountId, path);
  const next: OvlEntry = { ...cur, upper, upperAlias: true, ...patch };
  const pins = pin(pin(m.pins, refsOf(cur), -1), refsOf(next), 1);
  const walked = m.walked.delete(keyOf(path.slice(0, -1)));
  replaceMount(ctx, withDentries(m, m.dcache.set(key, next), pins, walked));
  followInnerCopyUp(ctx, mountId, key, next);
}

/**
 * An overlay used as another's layer copied an object up: the outer's
 * cached dentries hold the inner's dentry, which now answers from its
 * upper, so they read the new data and metadata (not the lower object
 * they first found).
 */
function followInnerCopyUp(ctx: Ctx, inner: number, key: string, e: OvlEntry): void {
  for (const outer of ctx.ws.mounts) {
    if (outer.id === inner || ![...outer.lowers, ...outer.dataLowers].some((l) => l.ovl?.mount === inner)) continue;
    const meta = realForMeta(e).ino;
    const data = e.type === 'dir' ? meta : realForData(e).ino;
    const fresh = (r: RealRef): RealRef => {
      if (r.via?.mount !== inner || keyOf(r.via.path) !== key) return r;
      return data === meta ? { layer: r.layer, ino: meta, via: r.via } : { layer: r.layer, ino: meta, via: r.via, data };
    };
    let dcache = outer.dcache;
    let pins = outer.pins;
    for (const [k, v] of outer.dcache) {
      if (v.negative) continue;
      const lowers = v.lowers.map(fresh);
      const lowerData = v.lowerData && fresh(v.lowerData);
      if (lowers.every((r, i) => r === v.lowers[i]) && lowerData === v.lowerData) continue;
      const next: OvlEntry = { ...v, lowers, ...(lowerData ? { lowerData } : {}) };
      pins = pin(pin(pins, refsOf(v), -1), refsOf(next), 1);
      dcache = dcache.set(k, next);
    }
    if (dcache !== outer.dcache) replaceMount(ctx, withDentries(outer, dcache, pins, outer.walked));
  }
}

/** A name created through the overlay gets a dentry with just its new upper object (ovl_instantiate). */
export function instantiate(ctx: Ctx, mountId: number, path: readonly string[], upper: Ino, opaque: boolean): void {
  dropDentries(ctx, mountId, path);
  const node = ctx.ws.fs.inodes.get(upper);
  if (!node) return;
  const entry: OvlEntry = { negative: false, path, type: node.kind, upper, upperAlias: true, lowers: [], opaque, metacopy: false, probes: [] };
  cache(ctx, mountId, path, entry);
}

/**
 * A lookup that reads the dentry cache but never writes it: for views that
 * look at thousands of names (the grid) and must not pay for, or change,
 * the cache. Misses are remembered in `memo` for the rest of that view.
 */
export function peekLookupPath(ctx: Ctx, mountId: number, path: readonly string[], memo: Map<string, Result<OvlLookup>>): Result<OvlLookup> {
  const m = mountById(ctx.ws, mountId);
  if (path.length === 0) return ok(rootEntry(m));
  const key = keyOf(path);
  const hit = m.dcache.get(key) ?? memo.get(key);
  if (hit) return 'ok' in hit ? hit : ok(hit);
  const parent = peekLookupPath(ctx, mountId, path.slice(0, -1), memo);
  let r: Result<OvlLookup>;
  if (!parent.ok) r = parent;
  else if (parent.value.negative) r = fail('ENOENT');
  else if (parent.value.type !== 'dir') r = fail('ENOTDIR');
  else {
    const found = lookupChild(ctx, m, parent.value, path[path.length - 1]);
    r = found.ok && !found.value.negative ? sharedInode(m, found.value) : found;
  }
  memo.set(key, r);
  return r;
}

/** A cached lookup and its path below the name it was taken from. */
export interface TakenDentry {
  readonly rel: readonly string[];
  readonly lookup: OvlLookup;
}

/**
 * Takes a name's cached lookup and everything cached below it out of the
 * cache (as dropDentries does), handing them back so that a rename can put
 * them in again at the new name.
 */
export function takeDentries(ctx: Ctx, mountId: number, path: readonly string[]): TakenDentry[] {
  const m = mountById(ctx.ws, mountId);
  const key = keyOf(path);
  const taken: TakenDentry[] = [];
  const self = m.dcache.get(key);
  if (self) taken.push({ rel: [], lookup: self });
  for (const k of m.dcache.below(key)) taken.push({ rel: k.slice(key.length + 1).split('/'), lookup: m.dcache.get(k)! });
  dropDentries(ctx, mountId, path, true);
  return taken;
}

/**
 * rename(2) moves the dentry (d_move): what was cached at the old name and
 * below answers at the new one, with the lower stack it had when looked up,
 * even if a lower changed behind the overlay since. `top` patches the moved
 * name itself with what the rename recorded on it (redirect, opaque).
 */
export function putDentries(ctx: Ctx, mountId: number, path: readonly string[], taken: readonly TakenDentry[], top: Partial<Pick<OvlEntry, 'redirect' | 'opaque'>> = {}): void {
  if (taken.length === 0) return;
  const m = mountById(ctx.ws, mountId);
  const moved = taken.map(({ rel, lookup }) => {
    const at = [...path, ...rel];
    const l: OvlLookup = rel.length === 0 && !lookup.negative ? { ...lookup, ...top, path: at } : { ...lookup, path: at };
    return [keyOf(at), l] as const;
  });
  let dcache = m.dcache;
  for (const [k, l] of moved) dcache = dcache.set(k, l);
  replaceMount(ctx, { ...m, dcache, pins: pin(m.pins, moved.flatMap(([, l]) => refsOf(l)), 1) });
}

/**
 * A metacopy's data came up through one name: its other names (hard links
 * made through the overlay) share the overlay inode, so they read the
 * upper's data from now on too (OVL_UPPERDATA is set on the inode).
 */
export function shareUpperData(ctx: Ctx, mountId: number, upper: Ino): void {
  const m = mountById(ctx.ws, mountId);
  const keys: string[] = [];
  for (const [k, v] of m.dcache) if (!v.negative && v.upper === upper && v.metacopy) keys.push(k);
  if (keys.length === 0) return;
  let dcache = m.dcache;
  for (const k of keys) dcache = dcache.set(k, { ...(dcache.get(k) as OvlEntry), metacopy: false });
  replaceMount(ctx, { ...m, dcache });
}
