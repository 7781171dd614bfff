// One cell of the layer grid: what one layer (or the merged view) holds at
// one path, as an icon and a word, with the test handles the browser specs
// read (data-layer, data-kind, data-opaque).
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Cell } from '../../engine/explain.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import { cellLabelKey, traceKind } from '../common/kinds.ts';

interface Props {
  cell: Cell;
  layer: string;
  role: 'merged' | 'upper' | 'lower' | 'data';
  /** For the merged column: the layer the merged view takes the object from. */
  from?: string;
  changed: boolean;
  /** The grid's t (one useTranslation per cell cost more than the rest of drawing it). */
  t: TFunction;
}

export const CellView = memo(function CellView({ cell, layer, role, from, changed, t }: Props) {
  const kind = traceKind(cell.kind);
  const label = t(cellLabelKey(cell));
  const fromText = from !== undefined ? t('grid.from', { layer: from }) : '';
  return (
    <div
      role="gridcell"
      className={`cell cell-${kind} role-${role}${cell.opaque ? ' is-opaque' : ''}${changed ? ' changed' : ''}`}
      data-layer={layer}
      data-kind={kind}
      data-opaque={cell.opaque && role !== 'merged' ? 'true' : undefined}
      title={kind === 'absent' ? undefined : fromText ? `${label} ${fromText}` : label}
    >
      <KindIcon cell={cell} />
      <span className={kind === 'absent' ? 'visually-hidden' : 'cell-label'}>{label}</span>
      {fromText && <span className="cell-from">{fromText}</span>}
    </div>
  );
});
