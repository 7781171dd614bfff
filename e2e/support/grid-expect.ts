// What the layer grid must show, read off a kernel trace: for every column
// (the merged view at the mount point, then each layer directory), every
// trace entry under that column's path is a row (its path relative to the
// column) with that entry's type, and an opaque mark where the entry has
// trusted.overlay.opaque="y" (the only value that makes a directory opaque,
// docs/kernel-notes.md; user.overlay.opaque for a mount made with userxattr). Work directories are not columns, so they are not
// compared. Through the mount, overlay xattrs are hidden, so the merged
// column never carries the opaque mark.
import type { TraceEntry } from '../../src/scenario/trace.ts';

export interface CellSnapshot {
  layer: string;
  kind: string;
  opaque: boolean;
}

export interface GridSnapshot {
  /** The "no overlay yet" state: no mount before or after the position. */
  empty: boolean;
  target: string | null;
  phase: string | null;
  /** Merged first, then the layers, as the header shows them. */
  columns: { layer: string; path: string }[];
  rows: { path: string; cells: CellSnapshot[] }[];
}

const OPAQUE = 'trusted.overlay.opaque';
/** The opaque xattr of the mount the grid shows: user.overlay.* when it was made with -o userxattr. */
export const opaqueXattrOf = (userxattr: boolean): string => (userxattr ? 'user.overlay.opaque' : OPAQUE);

function under(root: string, path: string): string | null {
  if (root === '') return path;
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : null;
}

/** Each expected row: one cell per column. */
export function expectedRows(tree: readonly TraceEntry[], columns: GridSnapshot['columns'], opaque = OPAQUE): Map<string, CellSnapshot[]> {
  const rows = new Map<string, CellSnapshot[]>();
  columns.forEach((col, i) => {
    for (const e of tree) {
      const rel = under(col.path, e.path);
      if (rel === null) continue;
      let cells = rows.get(rel);
      if (!cells) rows.set(rel, (cells = columns.map((c) => ({ layer: c.layer, kind: 'absent', opaque: false }))));
      cells[i] = { layer: col.layer, kind: e.type, opaque: i > 0 && e.type === 'dir' && e.xattrs?.[opaque] === 'y' };
    }
  });
  return rows;
}

const show = (c: CellSnapshot) => `${c.layer}:${c.kind}${c.opaque ? '+opaque' : ''}`;

/** Every way the grid differs from the trace, in words; empty when they agree. */
export function gridDifferences(grid: GridSnapshot, tree: readonly TraceEntry[], opaque = OPAQUE): string[] {
  const out: string[] = [];
  const want = expectedRows(tree, grid.columns, opaque);
  const seen = new Set<string>();
  for (const row of grid.rows) {
    if (seen.has(row.path)) out.push(`row ${row.path} appears twice`);
    seen.add(row.path);
    const expected = want.get(row.path);
    if (!expected) {
      out.push(`row ${row.path} is not in the trace: ${row.cells.map(show).join(' ')}`);
      continue;
    }
    expected.forEach((e, i) => {
      const got = row.cells[i];
      if (!got || show(got) !== show(e)) out.push(`${row.path}: expected ${show(e)}, grid shows ${got ? show(got) : 'no cell'}`);
    });
  }
  for (const [path, cells] of want) if (!seen.has(path)) out.push(`row ${path} missing from the grid (trace: ${cells.map(show).join(' ')})`);
  return out;
}
