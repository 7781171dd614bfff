// Read-only questions the visualizer asks, answered by the engine itself so
// no view re-derives an overlay rule: what each layer holds at each path,
// which layer the merged view takes it from, and how lookup got there.
// Lookups can write (an origin fix); here they run on a scratch copy.
import { redirectOf } from './overlay/lookup.ts';
import type { FileType } from './api.ts';
import { scratchCtx, type Ctx } from './ctx.ts';
import type { LayerProbe } from './events.ts';
import { isWhiteoutInode, type Ino, type Inode } from './fs/inode.ts';
import { realForData, realForMeta, type OvlEntry } from './overlay/entry.ts';
import { X } from './overlay/layers.ts';
import { peekLookupPath, probeLookup } from './overlay/resolve.ts';
import { ovlReaddir } from './overlay/readdir.ts';
import { mountById, type OverlayMount, type Workspace } from './workspace.ts';

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

/** What one real object is, as a grid cell shows it (also for layers not mounted). */
export function cellOf(i: Inode | undefined): Cell {
  if (!i) return { kind: 'absent' };
  if (isWhiteoutInode(i)) return { kind: 'whiteout', ino: i.ino };
  const c: Cell = { kind: i.kind, mode: i.mode, ino: i.ino };
  const x = i.xattrs;
  if (x[X.opaque] === 'y') c.opaque = true;
  if (x[X.redirect] !== undefined) c.redirect = redirectOf(i);
  if (x[X.metacopy] !== undefined) c.metacopy = true;
  if (x[X.origin] !== undefined) c.origin = true;
  if (x[X.impure] !== undefined) c.impure = true;
  if (x[X.nlink] !== undefined) c.nlink = x[X.nlink];
  return c;
}

/**
 * Every path that exists in any layer or in the merged view, with what each
 * layer holds there. Rows come depth-first, names sorted, parents first.
 */
export function layerGrid(ws: Workspace, mountId: number): Grid {
  const ctx = scratchCtx(ws);
  ctx.quiet = true;
  const m = mountById(ws, mountId);
  const layers = layersOf(m);
  const roots = layers.map((l) => (l.index === 0 ? m.upper!.root : l.role === 'lower' ? m.lowers[l.index - 1].root : m.dataLowers[l.index - 1 - m.lowers.length].root));
  const rows: GridRow[] = [];
  const memo = new Map<string, ReturnType<typeof peekLookupPath>>();
  const visit = (dirs: (Ino | undefined)[], path: string[], mergedVisible: boolean) => {
    const names = new Set<string>();
    for (const d of dirs) {
      const di = d === undefined ? undefined : ctx.ws.fs.inodes.get(d);
      if (di && di.kind === 'dir') for (const n of di.entries.keys()) names.add(n);
    }
    let mergedNames = new Set<string>();
    if (mergedVisible) {
      const here = peekLookupPath(ctx, mountId, path, memo);
      if (here.ok && !here.value.negative && here.value.type === 'dir') {
        const listed = ovlReaddir(ctx, mountId, here.value);
        mergedNames = new Set(listed.ok ? listed.value.map((e) => e.name) : []);
      }
      for (const n of mergedNames) names.add(n);
    }
    for (const name of [...names].sort()) {
      const childPath = [...path, name];
      const kids = dirs.map((d) => {
        const di = d === undefined ? undefined : ctx.ws.fs.inodes.get(d);
        const ino = di && di.kind === 'dir' ? di.entries.get(name) : undefined;
        return ino === undefined ? undefined : ctx.ws.fs.inodes.get(ino);
      });
      const cells = kids.map(cellOf);
      let merged: Cell = { kind: 'absent' };
      let from: number | null = null;
      let visible = false;
      if (mergedNames.has(name)) {
        const r = peekLookupPath(ctx, mountId, childPath, memo);
        if (!r.ok || r.value.negative) merged = { kind: 'unresolvable' };
        else {
          visible = true;
          const e = r.value;
          const meta = realForMeta(e);
          merged = { ...cellOf(ctx.ws.fs.inodes.get(meta.ino)), kind: e.type, opaque: e.opaque || undefined, redirect: undefined, metacopy: e.metacopy || undefined, origin: undefined, impure: undefined };
          from = e.type === 'dir' ? (e.upper !== undefined ? 0 : meta.layer) : realForData(e).layer;
          if (e.upper !== undefined && e.type !== 'dir' && !e.metacopy) from = 0;
        }
      }
      const isDir = merged.kind === 'dir' || (merged.kind === 'absent' && cells.some((c) => c.kind === 'dir'));
      rows.push({ path: childPath.join('/'), name, depth: path.length, cells, merged, from, isDir });
      if (isDir) visit(kids.map((k) => (k && k.kind === 'dir' ? k.ino : undefined)), childPath, visible && merged.kind === 'dir');
    }
  };
  visit(roots, [], true);
  return { mount: mountId, layers, rows };
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
