// The image tree's rows as the Image tab lists them: the index the worker
// built (every path any layer holds), opened directories walked depth
// first, siblings sorted; with a filter, the matching paths and the
// directories above them, all open. Plain functions over typed columns, so
// tens of thousands of paths take milliseconds.
import { SEEN, type ImageIndex } from '../../session/image-browse-types.ts';

export type SortKey = 'name' | 'size' | 'layer' | 'wasted';

export interface TreeSort {
  key: SortKey;
  /** Largest (or last) first. */
  desc: boolean;
}

export interface TreeFilter {
  /** A substring of the name, any case. */
  text: string;
  /** Only the paths this layer holds an entry of (1 = bottom). */
  layer: number | null;
  /** Only paths that waste bytes (or directories with such paths below). */
  wasted: boolean;
}

export const NO_FILTER: TreeFilter = { text: '', layer: null, wasted: false };

export interface TreeShape {
  /** Each row's children; the root's are in `top`. */
  children: Int32Array[];
  top: Int32Array;
  /** Each row's wasted bytes with those of every path below it. */
  wastedBelow: Float64Array;
  /** Each row's path from `/`. */
  path(row: number): string;
}

/** The children lists and the wasted bytes below each row, once per index. */
export function shapeOf(ix: ImageIndex): TreeShape {
  const n = ix.names.length;
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) counts[ix.parents[i] + 1]++;
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = ix.parents[i] + 1;
    lists[p][fill[p]++] = i;
  }
  const wastedBelow = Float64Array.from(ix.wasted);
  for (let i = n - 1; i >= 0; i--) if (ix.parents[i] >= 0) wastedBelow[ix.parents[i]] += wastedBelow[i];
  return {
    top: lists[0],
    children: lists.slice(1),
    wastedBelow,
    path(row) {
      const parts: string[] = [];
      for (let r = row; r >= 0; r = ix.parents[r]) parts.push(ix.names[r]);
      return `/${parts.reverse().join('/')}`;
    },
  };
}

export function isFiltered(f: TreeFilter): boolean {
  return f.text !== '' || f.layer !== null || f.wasted;
}

/** The rows a filter keeps: the matches and every directory above one. Null: no filter. */
export function keptRows(ix: ImageIndex, f: TreeFilter): Uint8Array | null {
  if (!isFiltered(f)) return null;
  const n = ix.names.length;
  const match = new Uint8Array(n);
  if (f.layer !== null) for (const r of ix.changed[f.layer - 1] ?? []) match[r] = 1;
  else match.fill(1);
  const text = f.text.toLowerCase();
  for (let i = 0; i < n; i++) {
    if (!match[i]) continue;
    if (text && !ix.names[i].toLowerCase().includes(text)) match[i] = 0;
    else if (f.wasted && ix.wasted[i] === 0) match[i] = 0;
  }
  // 1: a match; 2: a directory kept because a match is below it (children come after their parents).
  const kept = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (!match[i]) continue;
    kept[i] = 1;
    for (let p = ix.parents[i]; p >= 0 && kept[p] === 0; p = ix.parents[p]) kept[p] = 2;
  }
  return kept;
}

function comparator(ix: ImageIndex, shape: TreeShape, s: TreeSort): (a: number, b: number) => number {
  const byName = (a: number, b: number) => (ix.names[a] < ix.names[b] ? -1 : ix.names[a] > ix.names[b] ? 1 : 0);
  const col = s.key === 'size' ? ix.sizes : s.key === 'layer' ? ix.layers : s.key === 'wasted' ? shape.wastedBelow : null;
  const sign = s.desc ? -1 : 1;
  if (!col) return (a, b) => sign * byName(a, b);
  return (a, b) => sign * (col[a] - col[b]) || byName(a, b);
}

export interface ShownRow {
  row: number;
  depth: number;
  /** A directory with entries: whether they are listed below it. */
  open: boolean;
  hasChildren: boolean;
  /** Kept only because a match is below it. */
  context: boolean;
}

/**
 * The rows to list, in order: open directories' entries below them, siblings
 * sorted. `toggled` are the directories the user opened, or with a filter
 * (which opens every directory with a match below it) the ones they closed.
 */
export function shownRows(ix: ImageIndex, shape: TreeShape, sort: TreeSort, filter: TreeFilter, toggled: ReadonlySet<number>): ShownRow[] {
  const kept = keptRows(ix, filter);
  const cmp = comparator(ix, shape, sort);
  const out: ShownRow[] = [];
  const walk = (list: Int32Array, depth: number) => {
    const rows = kept ? Array.from(list).filter((r) => kept[r] !== 0) : Array.from(list);
    rows.sort(cmp);
    for (const r of rows) {
      const kids = shape.children[r];
      const hasChildren = kids.length > 0 && (!kept || kids.some((k) => kept[k] !== 0));
      const open = hasChildren && (kept ? !toggled.has(r) : toggled.has(r));
      out.push({ row: r, depth, open, hasChildren, context: kept?.[r] === 2 });
      if (open) walk(kids, depth + 1);
    }
  };
  walk(shape.top, 0);
  return out;
}

/** Whether the merged view shows the row's path. */
export function isSeen(ix: ImageIndex, row: number): boolean {
  return (ix.flags[row] & SEEN) !== 0;
}
