// One row of the layer grid: the path (indented, with its open/close
// toggle for directories), the merged cell, then one cell per layer.
import type { TFunction } from 'i18next';
import { memo, type CSSProperties } from 'react';
import type { GridRow, LayerInfo } from '../../engine/explain.ts';
import { CellView } from './CellView.tsx';

interface Props {
  row: GridRow;
  layers: readonly LayerInfo[];
  /** What each layer is called on screen (layerLabels). */
  labels: readonly string[];
  /** Position among the visible rows (1-based for aria-rowindex is added inside). */
  index: number;
  selected: boolean;
  open: boolean;
  /** Bit 0 merged, bit i+1 layer i: columns that changed in the last step. */
  changed: number;
  /** Bumps with every state change, so a changed cell replays its flash. */
  stamp: number;
  style?: CSSProperties;
  onSelect: (path: string) => void;
  onToggle: (path: string) => void;
  /** The grid's t, handed down: a useTranslation per row and per cell was most of a row's cost. */
  t: TFunction;
}

export const GridRowView = memo(function GridRowView({ row, layers, labels, index, selected, open, changed, stamp, style, onSelect, onToggle, t }: Props) {
  const fromAt = row.from === null ? -1 : layers.findIndex((l) => l.index === row.from);
  const from = fromAt < 0 ? undefined : labels[fromAt];
  const key = (col: number, name: string) => (changed & (1 << col) ? `${name}-${stamp}` : name);
  return (
    <div
      role="row"
      id={`grid-row-${index}`}
      className={`grid-row${selected ? ' selected' : ''}`}
      aria-rowindex={index + 2}
      aria-level={row.depth + 1}
      aria-expanded={row.isDir ? open : undefined}
      aria-selected={selected}
      data-path={row.path}
      style={style}
      onClick={() => onSelect(row.path)}
    >
      <div role="rowheader" className="cell-path" style={{ paddingInlineStart: `${0.4 + row.depth * 1.1}rem` }}>
        {row.isDir ? (
          <button
            type="button"
            tabIndex={-1}
            className="toggle"
            aria-label={t(open ? 'grid.collapse' : 'grid.expand', { name: row.name })}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row.path);
            }}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="toggle-space" />
        )}
        <span className="name" title={row.path}>
          {row.name}
        </span>
      </div>
      <CellView key={key(0, 'merged')} cell={row.merged} layer="merged" role="merged" from={from} changed={(changed & 1) !== 0} t={t} />
      {layers.map((l, i) => (
        <CellView key={key(i + 1, `${l.index}`)} cell={row.cells[i]} layer={l.name} role={l.role} changed={(changed & (1 << (i + 1))) !== 0} t={t} />
      ))}
    </div>
  );
});
