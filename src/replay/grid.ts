// The layer grid the views show, computed a directory at a time and only
// for the directories someone looks at. Each directory's rows are kept with
// what they were made from (the layers' directory objects, the merged
// lookup, each child's objects); states are immutable, so at the next
// position a row whose inputs are the very same objects is the very same
// row, and only what a micro-step touched is computed again.
//
// The same rows whether the overlay is mounted (merged cells from lookup,
// through the dentry cache as a program would see them) or not (before its
// mount or after its umount: each layer as it is on disk, and the mount
// point as the plain directory it then is).
import { scratchCtx, type Ctx } from '../engine/ctx.ts';
import { cellOf, childOf, dirAtPath, layerDirsAt, layerRoots, realDirsOf, layersOf, mergedCellOf, mergedNames, type Cell, type GridRow, type LayerInfo } from '../engine/explain.ts';
import type { Ino, Inode } from '../engine/fs/inode.ts';
import type { Result } from '../engine/errno.ts';
import { realForData, realForMeta, type OvlLookup } from '../engine/overlay/entry.ts';
import { peekLookupPath } from '../engine/overlay/resolve.ts';
import { ovlXattrs } from '../engine/overlay/layers.ts';
import type { OverlayMount, Workspace } from '../engine/workspace.ts';
import type { ShownMount } from './mounts.ts';

/** What one row was made from: equal inputs (by identity) make an equal row. */
interface RowInputs {
  /** The object at the row's path in each layer. */
  layer: readonly (Inode | undefined)[];
  /** The row's path: its key in the dentry cache. */
  key: string;
  /** Their inode numbers: in an unchanged directory the same names hold the same numbers. */
  layerInos: readonly (Ino | undefined)[];
  realInos: readonly (Ino | undefined)[];
  /** The merged lookup (a cached dentry or a fresh result), or the mount point's child on disk. */
  merged: unknown;
  /** The child in each real directory the merged parent reads (its upper and lowers). */
  reals: readonly (Inode | undefined)[];
  /** Inodes the merged cell was read from (an index entry standing in for the upper, the data below a metacopy), and what they were. */
  deps: readonly Ino[];
  depObjs: readonly (Inode | undefined)[];
}

interface DirMemo {
  /** The state the rows were made for: asked again in it, they are the answer. */
  state: Workspace;
  /** What the mount's dentry cache holds directly under the directory (Dcache.dir: the same value, the same cached lookups of its names). */
  dcache: unknown;
  layerDirs: readonly (Inode | undefined)[];
  merged: unknown;
  reals: readonly (Inode | undefined)[];
  rows: GridRow[];
  inputs: RowInputs[];
}

/** One look at one state: lookups answered once, however many rows ask. */
interface Pass {
  state: Workspace;
  ctx: Ctx;
  memo: Map<string, Result<OvlLookup>>;
}

/**
 * A row whose answer can change with nothing in its directory changed: one
 * made from a fresh lookup (a cache miss), or a name with an object in the
 * top layer (no whiteout) that the listing left out after its lookup failed.
 * Such a lookup can fail or not with what else is cached (one overlay inode
 * per lower object: ovl_verify_inode), so these rows are always made again;
 * they are few (every listed name is cached after the look at the tree).
 */
function aliasDependent(prev: Pick<RowInputs, 'merged' | 'layer'>): boolean {
  if (prev.merged === null) return true;
  const top = prev.layer[0];
  return prev.merged === 'unlisted' && top !== undefined && !(top.kind === 'chardev' && top.major === 0 && top.minor === 0);
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The rows of one overlay's grid, across positions: a model per mount (and
 * per phase, mounted or on disk), fed the state at each position.
 */
export class GridModel {
  readonly mount: number;
  readonly mounted: boolean;
  readonly layers: LayerInfo[];
  private readonly dirs = new Map<string, DirMemo>();
  private pass: Pass | null = null;

  constructor(shown: ShownMount) {
    this.mount = shown.mount.id;
    this.mounted = shown.phase === 'mounted';
    this.layers = layersOf(shown.mount);
  }

  /** Whether this model draws `shown` (the same mount, phase and layers). */
  fits(shown: ShownMount): boolean {
    if (shown.mount.id !== this.mount || (shown.phase === 'mounted') !== this.mounted) return false;
    const ls = layersOf(shown.mount);
    return ls.length === this.layers.length && ls.every((l, i) => l.path === this.layers[i].path && l.role === this.layers[i].role);
  }

  private passFor(state: Workspace): Pass {
    if (this.pass?.state !== state) {
      const ctx = scratchCtx(state);
      ctx.quiet = true;
      this.pass = { state, ctx, memo: new Map() };
    }
    return this.pass;
  }

  /**
   * A merged directory's names, listed on a copy of the state of its own:
   * the lookups an impure listing makes must not reach the next directory's
   * (whether one fails can hang on what else is cached), so every directory
   * is listed as the state has it, in any order.
   */
  private listing(ws: Workspace, entry: Extract<OvlLookup, { negative: false }>): string[] {
    const ctx = scratchCtx(ws);
    ctx.quiet = true;
    return mergedNames(ctx, this.mount, entry);
  }

  /** Each layer's directory at `parts` (undefined where a layer has none). */
  private layerDirsAt(shown: ShownMount, parts: readonly string[]): (Inode | undefined)[] {
    const ws = shown.state;
    const roots = this.mounted ? layerRoots(shown.mount) : this.layers.map((l) => dirAtPath(ws, l.path));
    return layerDirsAt(ws, this.mounted ? shown.mount : undefined, roots, parts);
  }

  /** The merged directory at `parts`: a lookup result when mounted, the mount point's directory on disk otherwise. */
  private mergedDirAt(shown: ShownMount, p: Pass, parts: readonly string[]): { key: unknown; entry: OvlLookup | null; disk: Inode | undefined; reals: (Inode | undefined)[] } {
    const ws = shown.state;
    if (!this.mounted) {
      let cur = ((): Inode | undefined => {
        const d = dirAtPath(ws, shown.mount.target);
        return d === undefined ? undefined : ws.fs.inodes.get(d);
      })();
      for (const name of parts) cur = childOf(ws, cur, name);
      const disk = cur && cur.kind === 'dir' ? cur : undefined;
      return { key: disk, entry: null, disk, reals: [] };
    }
    const r = peekLookupPath(p.ctx, this.mount, parts, p.memo);
    if (!r.ok || r.value.negative || r.value.type !== 'dir') return { key: r.ok ? r.value : r.errno, entry: null, disk: undefined, reals: [] };
    const e = r.value;
    // Through an overlay layer, the inner's own layers too: they can change with nothing here changed.
    const reals = realDirsOf(p.ctx, e).map((i) => ws.fs.inodes.get(i));
    return { key: e, entry: e, disk: undefined, reals };
  }

  /** The rows directly inside directory `dir` ("" for the top), in name order. */
  children(shown: ShownMount, dir: string): GridRow[] {
    const ws = shown.state;
    const old = this.dirs.get(dir);
    if (old && old.state === ws) return old.rows;
    const p = this.passFor(ws);
    const parts = dir === '' ? [] : dir.split('/');
    const layerDirs = this.layerDirsAt(shown, parts);
    const md = this.mergedDirAt(shown, p, parts);
    const sameDir = !!old && sameList(old.layerDirs, layerDirs) && old.merged === md.key && sameList(old.reals, md.reals);
    const mount = shown.mount;
    const dcache = this.mounted ? mount.dcache.dir(dir) : null;
    // The same directory objects hold the same names with the same inode numbers; only the objects behind them may differ.
    const sameNames = sameDir;
    const sameCache = sameDir && old.dcache === dcache;
    if (sameDir && this.unchanged(ws, old, sameCache || !this.mounted ? null : mount.dcache, md.disk)) {
      this.dirs.set(dir, { ...old, state: ws, dcache });
      return old.rows;
    }

    let names: string[];
    let listed: Set<string>;
    if (sameDir) {
      names = old.rows.map((r) => r.name);
      // The same objects list the same names, unless the cache changed: a
      // lookup the listing makes (an impure directory's) can fail or not
      // with what else is cached (one overlay inode per lower object).
      listed =
        !md.entry || !old.inputs.some(aliasDependent)
          ? new Set(old.rows.filter((r) => r.merged.kind !== 'absent').map((r) => r.name))
          : new Set(this.listing(ws, md.entry as Extract<OvlLookup, { negative: false }>));
    } else {
      const all = new Set<string>();
      for (const d of layerDirs) if (d && d.kind === 'dir') for (const n of d.entries.keys()) all.add(n);
      listed = new Set(md.entry ? this.listing(ws, md.entry as Extract<OvlLookup, { negative: false }>) : md.disk && md.disk.kind === 'dir' ? [...md.disk.entries.keys()] : []);
      for (const n of listed) all.add(n);
      names = [...all].sort();
    }

    const rows: GridRow[] = [];
    const inputs: RowInputs[] = [];
    const byName = old && !sameNames ? new Map(old.rows.map((r, i) => [r.name, i])) : null;
    // A layer's directory (or a real one) that is the same object as before holds each old name at the same inode number.
    const keptLayer = layerDirs.map((d, k) => !!old && d === old.layerDirs[k]);
    const keptReal = md.reals.map((d, k) => !!old && d === old.reals[k]);
    const keptCache = !!old && old.dcache === dcache;
    const inodes = ws.fs.inodes;
    const objectOf = (ino: Ino | undefined) => (ino === undefined ? undefined : inodes.get(ino));
    for (let ni = 0; ni < names.length; ni++) {
      const name = names[ni];
      const i = sameNames ? ni : byName?.get(name);
      const prev = i === undefined ? undefined : old!.inputs[i];
      let layer: (Inode | undefined)[];
      let layerInos: (Ino | undefined)[];
      let reals: (Inode | undefined)[] = [];
      let realInos: (Ino | undefined)[] = [];
      let mergedIn: unknown;
      const key = sameNames && prev ? prev.key : dir === '' ? name : `${dir}/${name}`;
      if (sameNames && prev) {
        layerInos = prev.layerInos as (Ino | undefined)[];
        layer = layerInos.map(objectOf);
        realInos = prev.realInos as (Ino | undefined)[];
        reals = realInos.map(objectOf);
        if (!this.mounted) mergedIn = objectOf((md.disk as Extract<Inode, { kind: 'dir' }> | undefined)?.entries.get(name));
        else if (sameCache || prev.merged === 'unlisted') mergedIn = prev.merged;
        else mergedIn = mount.dcache.get(prev.key) ?? null;
      } else {
        layerInos = layerDirs.map((d, k) => (prev && keptLayer[k] ? prev.layerInos[k] : d && d.kind === 'dir' ? d.entries.get(name) : undefined));
        layer = layerInos.map(objectOf);
        if (!this.mounted) mergedIn = childOf(ws, md.disk, name);
        else {
          const isListed = listed.has(name);
          mergedIn = !isListed ? 'unlisted' : prev && keptCache && prev.merged !== 'unlisted' ? prev.merged : (mount.dcache.get(key) ?? null);
          realInos = md.reals.map((d, k) => (prev && keptReal[k] ? prev.realInos[k] : d && d.kind === 'dir' ? d.entries.get(name) : undefined));
          reals = realInos.map(objectOf);
        }
      }
      const childParts = [...parts, name];
      // Equal real objects and cached lookups make an equal row, except where
      // the answer hangs on other cached names (aliasDependent).
      if (
        prev &&
        sameList(prev.layer, layer) &&
        prev.merged === mergedIn &&
        sameList(prev.reals, reals) &&
        !aliasDependent({ merged: mergedIn, layer }) &&
        prev.deps.every((d, k) => ws.fs.inodes.get(d) === prev.depObjs[k])
      ) {
        rows.push(old!.rows[i!]);
        inputs.push(prev);
        continue;
      }
      const deps: Ino[] = [];
      rows.push(this.makeRow(shown, p, childParts, layer, listed.has(name), deps));
      inputs.push({ key, layer, layerInos, realInos, merged: mergedIn, reals, deps, depObjs: deps.map((d) => ws.fs.inodes.get(d)) });
    }
    // Nothing changed: the very same array, so views can tell at a glance.
    const kept = old && rows.length === old.rows.length && rows.every((r, i) => r === old.rows[i]) ? old.rows : rows;
    this.dirs.set(dir, { state: ws, dcache, layerDirs, merged: md.key, reals: md.reals, rows: kept, inputs });
    return kept;
  }

  /**
   * Whether every row of a directory whose own objects are unchanged would
   * come out the same: each row's inodes (read by number, the names being
   * the same) and cached lookup are the very objects it was made from.
   * Allocates nothing: most directories at most positions are like this.
   */
  private unchanged(ws: Workspace, old: DirMemo, changedCache: OverlayMount['dcache'] | null, disk: Inode | undefined): boolean {
    const inodes = ws.fs.inodes;
    const same = (inos: readonly (Ino | undefined)[], objs: readonly (Inode | undefined)[]) => {
      for (let k = 0; k < inos.length; k++) if ((inos[k] === undefined ? undefined : inodes.get(inos[k]!)) !== objs[k]) return false;
      return true;
    };
    const cache = this.mounted ? null : undefined;
    for (const prev of old.inputs) {
      if (!same(prev.layerInos, prev.layer) || !same(prev.realInos, prev.reals) || !same(prev.deps, prev.depObjs)) return false;
      if (this.mounted && aliasDependent(prev)) return false;
      if (cache === undefined) {
        const d = disk && disk.kind === 'dir' ? disk.entries.get(prev.key.slice(prev.key.lastIndexOf('/') + 1)) : undefined;
        if ((d === undefined ? undefined : inodes.get(d)) !== prev.merged) return false;
      } else if (changedCache && prev.merged !== 'unlisted') {
        if ((changedCache.get(prev.key) ?? null) !== prev.merged) return false;
      }
    }
    return true;
  }

  /** `deps` gets the inodes the merged cell reads beyond the row's own objects. */
  private makeRow(shown: ShownMount, p: Pass, parts: string[], layer: readonly (Inode | undefined)[], listed: boolean, deps: Ino[]): GridRow {
    const x = ovlXattrs(shown.mount);
    const cells = layer.map((i) => cellOf(i, x));
    let merged: Cell = { kind: 'absent' };
    let from: number | null = null;
    if (!this.mounted) {
      const ws = shown.state;
      const d = dirAtPath(ws, [shown.mount.target, ...parts.slice(0, -1)].filter(Boolean).join('/'));
      merged = cellOf(d === undefined ? undefined : childOf(ws, ws.fs.inodes.get(d), parts[parts.length - 1]), x);
    } else if (listed) {
      const r = peekLookupPath(p.ctx, this.mount, parts, p.memo);
      if (!r.ok || r.value.negative) merged = { kind: 'unresolvable' };
      else {
        ({ cell: merged, from } = mergedCellOf(shown.state, shown.mount, r.value));
        deps.push(realForMeta(r.value).ino, realForData(r.value).ino);
      }
    }
    const isDir = merged.kind === 'dir' || (merged.kind === 'absent' && cells.some((c) => c.kind === 'dir'));
    return { path: parts.join('/'), name: parts[parts.length - 1], depth: parts.length - 1, cells, merged, from, isDir };
  }

  /**
   * The row at `path` alone (null: no layer and no merged listing has it). From its directory's rows when
   * they are made for this state; else made by itself, the same way, so the inspector's one row does
   * not cost a listing, sort and comparison of every sibling (10,000 in a big directory, at every step
   * of its rm -rf).
   */
  row(shown: ShownMount, path: string): GridRow | null {
    const ws = shown.state;
    const cut = path.lastIndexOf('/');
    const dir = cut < 0 ? '' : path.slice(0, cut);
    const name = path.slice(cut + 1);
    const memo = this.dirs.get(dir);
    if (memo && memo.state === ws) return memo.rows.find((r) => r.name === name) ?? null;
    const p = this.passFor(ws);
    const parts = dir === '' ? [] : dir.split('/');
    const layer = this.layerDirsAt(shown, parts).map((d) => childOf(ws, d, name));
    const md = this.mergedDirAt(shown, p, parts);
    const listed = md.entry ? this.listing(ws, md.entry as Extract<OvlLookup, { negative: false }>).includes(name) : md.disk !== undefined && childOf(ws, md.disk, name) !== undefined;
    if (!listed && layer.every((x) => x === undefined)) return null;
    return this.makeRow(shown, p, [...parts, name], layer, listed, []);
  }

  /** Every row under `dir` whose parents are open, depth first (parents before children). */
  visible(shown: ShownMount, isOpen: (path: string) => boolean, dir = ''): GridRow[] {
    const out: GridRow[] = [];
    const visit = (d: string) => {
      for (const r of this.children(shown, d)) {
        out.push(r);
        if (r.isDir && isOpen(r.path)) visit(r.path);
      }
    };
    visit(dir);
    return out;
  }

  /** A lower bound on directory `dir`'s rows: the most entries any one layer (or, unmounted, the mount point) has there. */
  private leastRows(shown: ShownMount, dir: string): number {
    const parts = dir === '' ? [] : dir.split('/');
    let most = 0;
    for (const d of this.layerDirsAt(shown, parts)) if (d && d.kind === 'dir') most = Math.max(most, d.entries.size);
    return most;
  }

  /** How many rows the whole tree has, counting no further than `limit`. */
  countRows(shown: ShownMount, limit: number): number {
    let n = 0;
    const visit = (d: string): boolean => {
      // A directory has at least as many rows as any one layer has entries in it: when that alone
      // reaches the limit, the count is the limit, found without making its rows (a 10,000-entry
      // directory being emptied by rm -rf changes at every step).
      const memo = this.dirs.get(d);
      if (!(memo && memo.state === shown.state) && n + this.leastRows(shown, d) >= limit) {
        n = limit;
        return true;
      }
      for (const r of this.children(shown, d)) {
        if (++n >= limit) return true;
        if (r.isDir && visit(r.path)) return true;
      }
      return false;
    };
    visit('');
    return n;
  }
}
