import { describe, expect, it } from 'vitest';
import type { Cell, Grid, GridRow } from '../../engine/explain.ts';
import { changedCells, indexOfPath, parentPath, visibleRows } from './rows.ts';

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

describe('visible rows', () => {
  it('shows everything when all is open', () => {
    expect(visibleRows(rows, () => true)).toEqual([0, 1, 2, 3, 4]);
  });
  it('hides the descendants of a closed directory and only them', () => {
    expect(visibleRows(rows, (p) => p !== 'a/b')).toEqual([0, 1, 3, 4]);
    expect(visibleRows(rows, (p) => p !== 'a')).toEqual([0, 4]);
  });
  it('finds rows and parents', () => {
    expect(indexOfPath(rows, [0, 1, 3, 4], 'a/d')).toBe(2);
    expect(indexOfPath(rows, [0, 4], 'a/d')).toBe(-1);
    expect(parentPath('a/b/c')).toBe('a/b');
    expect(parentPath('a')).toBe('');
  });
});

describe('changed cells', () => {
  const grid = (rs: GridRow[]): Grid => ({ mount: 1, layers: [{ role: 'upper', path: 'upper', name: 'upper', index: 0 }], rows: rs });
  it('marks the columns that differ and new rows where they hold something', () => {
    const before = grid([row('x', false, [c('absent')], c('file'))]);
    const after = grid([row('x', false, [c('whiteout')], c('absent')), row('d', true, [c('dir', true)], c('dir'))]);
    expect(changedCells(before, after)).toEqual(new Map([['x', 0b11], ['d', 0b11]]));
    expect(changedCells(after, after).size).toBe(0);
    expect(changedCells(null, after).size).toBe(0);
  });
  it('notices a directory turning opaque', () => {
    const before = grid([row('d', true, [c('dir')], c('dir'))]);
    const after = grid([row('d', true, [c('dir', true)], c('dir'))]);
    expect(changedCells(before, after).get('d')).toBe(0b10);
  });
});
