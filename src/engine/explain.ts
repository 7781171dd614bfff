// Read-only questions the visualizer asks, answered by the engine itself so
// no view re-derives an overlay rule: what each layer holds at each path,
// which layer the merged view takes it from, and how lookup got there.
// Lookups can write (an origin fix); here they run on a scratch copy.
import { isMetacopyFile, isOpaqueDir, redirectOf } from './overlay/marks.ts';
import type { FileType } from './api.ts';
import { scratchCtx, type Ctx } from './ctx.ts';
import type { LayerProbe } from './events.ts';
import { isWhiteoutInode, type Ino, type Inode } from './fs/inode.ts';
import { realForData, realForMeta, type OvlEntry } from './overlay/entry.ts';
import { ovlXattrs, type OvlXattrNames } from './overlay/layers.ts';
import { peekLookupPath, probeLookup } from './overlay/resolve.ts';
import { dirReadable, ovlReaddir } from './overlay/readdir.ts';
import { child, ROOT_INO } from './fs/fs.ts';
import type { OverlayMount, Workspace } from './workspace.ts';

export type CellKind = FileType | 'whiteout' | 'absent' | 'unresolvable';

export interface Cell {
  kind: CellKind;
  opaque?: boolean;
  redirect?: string;
  metacopy?: boolean;
  origin?: boolean;
  impure?: boolean;
  nlink?: string;
  mode?: number;
  ino?: Ino;
}

export interface LayerInfo {
  /** 'upper', 'lower', or 'data' (data-only lower). */
  role: 'upper' | 'lower' | 'data';
  /** The layer's workspace path (e.g. "lower", "layers/base"). */
  path: string;
  /** Its directory name, as the grid's data-layer handle uses. */
  name: string;
  /** Kernel layer index: 0 upper, 1.. lowers top to bottom. */
  index: number;
}

export interface GridRow {
  /** Path inside the overlay, e.g. "etc/nginx/nginx.conf". */
  path: string;
  name: string;
  depth: number;
  /** One cell per layer, in `layers` order. */
  cells: Cell[];
  merged: Cell;
  /** Layer index the merged view takes the object from; null when not visible. */
  from: number | null;
  isDir: boolean;
}

export interface Grid {
  mount: number;
  layers: LayerInfo[];
  rows: GridRow[];
}

export function layersOf(m: OverlayMount): LayerInfo[] {
  const base = (p: string) => p.split('/').filter(Boolean).pop() ?? p;
  const out: LayerInfo[] = [];
  if (m.upper) out.push({ role: 'upper', path: m.upper.path, name: base(m.upper.path), index: 0 });
  m.lowers.forEach((l, i) => out.push({ role: 'lower', path: l.path, name: base(l.path), index: i + 1 }));
  m.dataLowers.forEach((l, i) => out.push({ role: 'data', path: l.path, name: base(l.path), index: m.lowers.length + 1 + i }));
  return out;
}

/**
 * What one real object is, as a grid cell shows it (also for layers not
 * mounted), read with the xattr names of the mount it is shown under.
 */
export function cellOf(i: Inode | undefined, x: OvlXattrNames): Cell {
  if (!i) return { kind: 'absent' };
  if (isWhiteoutInode(i)) return { kind: 'whiteout', ino: i.ino };
  const c: Cell = { kind: i.kind, mode: i.mode, ino: i.ino };
  const xs = i.xattrs;
  // Opaque and metacopy mean something only on a directory and a file: the same predicates lookup uses.
  if (isOpaqueDir(i, x)) c.opaque = true;
  if (xs[x.redirect] !== undefined) c.redirect = redirectOf(i, x);
  if (isMetacopyFile(i, x)) c.metacopy = true;
  if (xs[x.origin] !== undefined) c.origin = true;
  if (xs[x.impure] !== undefined) c.impure = true;
  if (xs[x.nlink] !== undefined) c.nlink = xs[x.nlink];
  return c;
}

/** The real directory of each layer (its root inode), in `layersOf` order. */
export function layerRoots(m: OverlayMount): Ino[] {
  return [...(m.upper ? [m.upper.root] : []), ...m.lowers.map((l) => l.root), ...m.dataLowers.map((l) => l.root)];
}

export function childOf(ws: Workspace, dir: Inode | undefined, name: string): Inode | undefined {
  if (!dir || dir.kind !== 'dir') return undefined;
  const ino = dir.entries.get(name);
  return ino === undefined ? undefined : ws.fs.inodes.get(ino);
}

/** The directory at a workspace path, without following symlinks. */
export function dirAtPath(ws: Workspace, path: string): Ino | undefined {
  let cur: Ino = ROOT_INO;
  for (const name of path.split('/').filter(Boolean)) {
    const c = child(ws.fs, cur, name);
    if (!c || c.kind !== 'dir') return undefined;
    cur = c.ino;
  }
  return cur;
}

/**
 * Each layer's directory at `parts` below its root (`roots` in `layersOf`
 * order; `m` when mounted). A layer that is an overlay mount is read
 * through it: a directory that overlay cannot read (a layer of it removed
 * behind it: readdir fails with ENOENT) lists nothing.
 */
export function layerDirsAt(ws: Workspace, m: OverlayMount | undefined, roots: readonly (Ino | undefined)[], parts: readonly string[]): (Inode | undefined)[] {
  const layers = m ? [...(m.upper ? [m.upper] : []), ...m.lowers, ...m.dataLowers] : [];
  let ctx: Ctx | undefined;
  return roots.map((r, k) => {
    let cur = r === undefined ? undefined : ws.fs.inodes.get(r);
    for (const name of parts) cur = childOf(ws, cur, name);
    if (!cur || cur.kind !== 'dir') return undefined;
    const ovl = layers[k]?.ovl;
    if (!ovl) return cur;
    ctx ??= scratchCtx(ws);
    const inner = peekLookupPath(ctx, ovl.mount, [...ovl.path, ...parts], new Map());
    return inner.ok && !inner.value.negative && inner.value.type === 'dir' && !dirReadable(ctx, inner.value) ? undefined : cur;
  });
}

/** The real directories a merged directory's listing reads: its layers', and through an overlay layer that overlay's own. */
export function realDirsOf(ctx: Ctx, e: OvlEntry): Ino[] {
  const out = e.upper !== undefined ? [e.upper] : [];
  for (const l of e.lowers) {
    out.push(l.ino);
    if (!l.via) continue;
    const inner = peekLookupPath(ctx, l.via.mount, l.via.path, new Map());
    if (inner.ok && !inner.value.negative && inner.value.type === 'dir') out.push(...realDirsOf(ctx, inner.value));
  }
  return out;
}

/** How the merged view shows an entry lookup found: its kind and flags, and the layer it comes from. */
export function mergedCellOf(ws: Workspace, m: OverlayMount, e: OvlEntry): { cell: Cell; from: number } {
  const meta = realForMeta(e);
  const cell: Cell = { ...cellOf(ws.fs.inodes.get(meta.ino), ovlXattrs(m)), kind: e.type, opaque: e.opaque || undefined, redirect: undefined, metacopy: e.metacopy || undefined, origin: undefined, impure: undefined };
  let from = e.type === 'dir' ? (e.upper !== undefined ? 0 : meta.layer) : realForData(e).layer;
  if (e.upper !== undefined && e.type !== 'dir' && !e.metacopy) from = 0;
  return { cell, from };
}

/** The names a merged directory lists (readdir through the overlay), or none when it cannot be read. */
export function mergedNames(ctx: Ctx, mountId: number, dir: OvlEntry): string[] {
  const listed = ovlReaddir(ctx, mountId, dir);
  return listed.ok ? listed.value.map((e) => e.name) : [];
}

export interface Resolution {
  path: string;
  probes: readonly LayerProbe[];
  found: OvlEntry | null;
  error?: string;
}

/** How lookup resolves one merged path: each layer consulted and why it stopped. */
export function resolutionPath(ws: Workspace, mountId: number, path: string): Resolution {
  const ctx: Ctx = scratchCtx(ws);
  const parts = path.split('/').filter(Boolean);
  const r = probeLookup(ctx, mountId, parts);
  if (!r.ok) return { path, probes: [], found: null, error: r.errno };
  return { path, probes: r.value.probes, found: r.value.negative ? null : r.value };
}
