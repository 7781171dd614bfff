// Pure helpers for the grid: where the selected row is among the rows in
// view, and a row's directory.
import type { GridRow } from '../../engine/explain.ts';

/** The index of the row with `path` among the rows shown, or -1. */
export function indexOfPath(rows: readonly GridRow[], path: string | null): number {
  if (path === null) return -1;
  for (let i = 0; i < rows.length; i++) if (rows[i].path === path) return i;
  return -1;
}

/** The directory a row sits in ("" for the top level). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
