import { describe, expect, it } from 'vitest';
import type { Cell, GridRow } from '../../engine/explain.ts';
import { applySplices, diffRows } from '../../replay/rows.ts';
import { viewFrom } from '../../store/cursor.ts';
import type { PositionView } from '../../replay/view.ts';
import { indexOfPath, parentPath } from './rows.ts';

const c = (kind: Cell['kind'], opaque?: boolean): Cell => ({ kind, ...(opaque ? { opaque } : {}) });
const row = (path: string, isDir: boolean, cells: Cell[] = [c('absent')], merged: Cell = c('absent')): GridRow => ({
  path,
  name: path.split('/').pop()!,
  depth: path.split('/').length - 1,
  cells,
  merged,
  from: null,
  isDir,
});
const rows = [row('a', true), row('a/b', true), row('a/b/c', false), row('a/d', false), row('e', false)];

describe('rows in view', () => {
  it('finds rows and parents', () => {
    expect(indexOfPath(rows, 'a/d')).toBe(3);
    expect(indexOfPath(rows, 'nope')).toBe(-1);
    expect(parentPath('a/b/c')).toBe('a/b');
    expect(parentPath('a')).toBe('');
  });

  it('travel as changes: a row replaced, rows inserted and removed, each diff applied gives the new rows', () => {
    const b = [rows[0], row('a/b', true, [c('dir', true)]), rows[2], rows[3], rows[4]];
    const d = diffRows(rows, b);
    expect(d).toEqual([{ at: 1, remove: 1, rows: [b[1]] }]);
    expect(applySplices(rows, d)).toEqual(b);
    const closed = [rows[0], rows[4]];
    expect(applySplices(rows, diffRows(rows, closed))).toEqual(closed);
    expect(applySplices(closed, diffRows(closed, rows))).toEqual(rows);
    expect(diffRows(rows, rows)).toEqual([]);
    // Two rows far apart change: two small splices, not one over everything between.
    const far = [row('a', true, [c('dir', true)]), rows[1], rows[2], rows[3], row('e', false, [c('file')])];
    expect(diffRows(rows, far).map((s) => [s.at, s.remove])).toEqual([
      [0, 1],
      [4, 1],
    ]);
  });
});

describe('changed cells', () => {
  const view = (position: number, key: string, splices: { at: number; remove: number; rows: GridRow[] }[], length: number, reset = false): PositionView => ({
    id: position,
    position,
    micro: null,
    shown: null,
    grid: { key, layers: [{ role: 'upper', path: 'upper', name: 'upper', index: 0 }], rowCount: length, reset, length, splices },
    focus: null,
    selected: null,
    selectedRow: null,
    detail: null,
    resolution: null,
    motion: null,
    work: [],
    group: null,
  });
  it('marks the columns that differ and new rows where they hold something', () => {
    const first = viewFrom(null, view(0, 'k', [{ at: 0, remove: 0, rows: [row('x', false, [c('absent')], c('file'))] }], 1, true));
    expect(first.changed.size).toBe(0);
    const next = viewFrom(first, view(1, 'k', [{ at: 0, remove: 1, rows: [row('x', false, [c('whiteout')], c('absent')), row('y', true, [c('dir', true)], c('dir'))] }], 2));
    expect(next.rows.map((r) => r.path)).toEqual(['x', 'y']);
    expect(next.changed).toEqual(new Map([['x', 0b11], ['y', 0b11]]));
    expect(next.stamp).toBe(first.stamp + 1);
  });
  it('notices a directory turning opaque', () => {
    const before = viewFrom(null, view(0, 'k', [{ at: 0, remove: 0, rows: [row('d', true, [c('dir')], c('dir'))] }], 1, true));
    const after = viewFrom(before, view(1, 'k', [{ at: 0, remove: 1, rows: [row('d', true, [c('dir', true)], c('dir'))] }], 1));
    expect(after.changed.get('d')).toBe(0b10);
  });
  it('refuses changes that do not add up to the rows the host counted', () => {
    expect(() => viewFrom(null, view(0, 'k', [], 3, true))).toThrow(/3/);
  });
});
