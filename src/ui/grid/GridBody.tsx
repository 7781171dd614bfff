// The rows of the grid. Under OPEN_TREE_LIMIT visible rows every row is in
// the page (tests and find-in-page see them all); above it only the rows
// in view are, so 100,000 rows scroll as smoothly as 100.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import type { GridRow, LayerInfo } from '../../engine/explain.ts';
import { GridRowView } from './GridRowView.tsx';

export const ROW_HEIGHT = 30;
/** The sticky column heads above the rows, inside the same scroller (app.css keeps them this tall). */
export const HEAD_HEIGHT = 44;

export interface BodyProps {
  rows: readonly GridRow[];
  layers: readonly LayerInfo[];
  labels: readonly string[];
  /** Row and head heights in px (presenter mode draws larger rows). */
  rowHeight: number;
  headHeight: number;
  selectedIndex: number;
  isOpen: (path: string) => boolean;
  changed: ReadonlyMap<string, number>;
  stamp: number;
  onSelect: (path: string) => void;
  onToggle: (path: string) => void;
  t: TFunction;
}

function rowProps(p: BodyProps, i: number) {
  const row = p.rows[i];
  const changed = p.changed.get(row.path) ?? 0;
  return {
    row,
    layers: p.layers,
    labels: p.labels,
    index: i,
    selected: i === p.selectedIndex,
    open: row.isDir && p.isOpen(row.path),
    changed,
    // Only a changed row replays its flash: the others keep their props and are not drawn again.
    stamp: changed ? p.stamp : 0,
    onSelect: p.onSelect,
    onToggle: p.onToggle,
    t: p.t,
  };
}

export function AllRows(p: BodyProps) {
  return (
    <div role="rowgroup" className="grid-rows">
      {p.rows.map((r, i) => (
        <GridRowView key={r.path} {...rowProps(p, i)} />
      ))}
    </div>
  );
}

export function VirtualRows(p: BodyProps & { scroller: HTMLDivElement | null }) {
  // No React Compiler in this build: the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => p.scroller,
    estimateSize: () => p.rowHeight,
    overscan: 10,
    scrollMargin: p.headHeight,
  });
  // Keyboard moves and "follow the step" must bring the selected row into view.
  useEffect(() => {
    if (p.selectedIndex >= 0) v.scrollToIndex(p.selectedIndex, { align: 'auto' });
  }, [p.selectedIndex, v]);
  return (
    <div role="rowgroup" className="grid-rows virtual" style={{ height: v.getTotalSize() }}>
      {v.getVirtualItems().map((item) => (
        <GridRowView
          key={p.rows[item.index].path}
          {...rowProps(p, item.index)}
          style={{ position: 'absolute', top: 0, left: 0, right: 0, height: p.rowHeight, transform: `translateY(${item.start - p.headHeight}px)` }}
        />
      ))}
    </div>
  );
}
