// Pure helpers for the grid: which rows show under the open directories,
// and which cells changed since the state before (those flash).
import type { Grid, GridRow } from '../../engine/explain.ts';

/** Indices of the rows to show: every row whose ancestors are all open. Rows come parents first. */
export function visibleRows(rows: readonly GridRow[], isOpen: (path: string) => boolean): number[] {
  const out: number[] = [];
  let closedAt = Infinity;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.depth > closedAt) continue;
    closedAt = Infinity;
    out.push(i);
    if (r.isDir && !isOpen(r.path)) closedAt = r.depth;
  }
  return out;
}

/** Above this many rows the grid does not look for changed cells: building the index would cost a frame. */
export const CHANGE_TRACKING_LIMIT = 20_000;

const sig = (c: GridRow['merged']) => `${c.kind}${c.opaque ? 'o' : ''}${c.redirect ?? ''}${c.metacopy ? 'm' : ''}`;

/**
 * For each row that differs from the same path in `prev`: a bit per column
 * (bit 0 merged, bit i+1 layer i). A row new to the grid counts as changed
 * wherever it holds something.
 */
export function changedCells(prev: Grid | null, next: Grid): Map<string, number> {
  const out = new Map<string, number>();
  if (!prev || prev === next || next.rows.length > CHANGE_TRACKING_LIMIT || prev.rows.length > CHANGE_TRACKING_LIMIT) return out;
  if (prev.mount !== next.mount || prev.layers.length !== next.layers.length) return out;
  const before = new Map(prev.rows.map((r) => [r.path, r]));
  for (const r of next.rows) {
    const p = before.get(r.path);
    let mask = 0;
    const cells = [r.merged, ...r.cells];
    const old = p ? [p.merged, ...p.cells] : null;
    cells.forEach((c, i) => {
      if (old ? sig(old[i]) !== sig(c) : c.kind !== 'absent') mask |= 1 << i;
    });
    if (mask) out.set(r.path, mask);
  }
  return out;
}

/** The index (in `visible`) of the row with `path`, or -1. */
export function indexOfPath(rows: readonly GridRow[], visible: readonly number[], path: string | null): number {
  if (path === null) return -1;
  for (let i = 0; i < visible.length; i++) if (rows[visible[i]].path === path) return i;
  return -1;
}

/** The directory a row sits in ("" for the top level). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
