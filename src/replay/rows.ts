// The grid rows as they travel from the session host to the page: which
// directories are open, and the rows shown as changes to the rows shown
// before (an unchanged row is the very same object, so the change from one
// micro-step to the next is a few rows, not the tree). Pure and engine-free:
// the page loads it without the engine.
import type { GridRow, LayerInfo } from '../engine/explain.ts';

/** Trees smaller than this open fully expanded, so every row is on the page without clicking. */
export const OPEN_TREE_LIMIT = 500;

export type TreeMode = 'auto' | 'open' | 'closed';

/** Whether a directory row is open, given the mode, the exceptions and the tree's size. */
export function isOpen(path: string, mode: TreeMode, toggled: ReadonlySet<string> | readonly string[], rowCount: number): boolean {
  const byDefault = mode === 'open' || (mode === 'auto' && rowCount < OPEN_TREE_LIMIT);
  const flipped = Array.isArray(toggled) ? toggled.includes(path) : (toggled as ReadonlySet<string>).has(path);
  return flipped ? !byDefault : byDefault;
}

/** Changes to the rows shown: remove `remove` rows at `at`, put `rows` there. */
export interface Splice {
  at: number;
  remove: number;
  rows: GridRow[];
}

export interface GridUpdate {
  /** Which grid these rows belong to: a new key means start from no rows. */
  key: string;
  layers: LayerInfo[];
  /** Rows in the whole tree, counted up to OPEN_TREE_LIMIT (what "auto" opens by). */
  rowCount: number;
  /** Start from no rows (the host forgot what it sent: a new session, a new grid). */
  reset: boolean;
  /** Rows shown after the splices are applied. */
  length: number;
  splices: Splice[];
}

/** Splices that turn `a` into `b`: rows are compared by identity (an unchanged row is the very same object). */
export function diffRows(a: readonly GridRow[], b: readonly GridRow[]): Splice[] {
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  if (start === endA && start === endB) return [];
  // Same rows in the same places, some of them new: one splice per changed run, not one over the span.
  if (endA - start === endB - start) {
    const out: Splice[] = [];
    let i = start;
    while (i < endA) {
      if (a[i] === b[i] || a[i].path !== b[i].path) {
        if (a[i].path !== b[i].path) return [{ at: start, remove: endA - start, rows: b.slice(start, endB) }];
        i++;
        continue;
      }
      const from = i;
      while (i < endA && a[i] !== b[i] && a[i].path === b[i].path) i++;
      out.push({ at: from, remove: i - from, rows: b.slice(from, i) });
    }
    return out;
  }
  return [{ at: start, remove: endA - start, rows: b.slice(start, endB) }];
}

export function applySplices(rows: readonly GridRow[], splices: readonly Splice[]): GridRow[] {
  const out = rows.slice();
  // Later splices first: each leaves the indices before it as they were.
  for (const s of [...splices].sort((x, y) => y.at - x.at)) out.splice(s.at, s.remove, ...s.rows);
  return out;
}

