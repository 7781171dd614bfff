// The layer grid: one row per path in any layer, one column per layer, and
// the merged column with the winner and where it comes from. The session
// host computes the rows in view and sends what changed; this component
// only lays them out (every row when few, the rows on screen when many).
import { useCallback, useMemo, useState, type UIEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { isOpen, OPEN_TREE_LIMIT, useLab } from '../../store/index.ts';
import { layerLabels } from '../common/layers.ts';
import { AllRows, HEAD_HEIGHT, ROW_HEIGHT, VirtualRows, type BodyProps } from './GridBody.tsx';
import { GridHeader } from './GridHeader.tsx';
import { GridToolbar } from './GridToolbar.tsx';
import { indexOfPath } from './rows.ts';
import { useGridKeys } from './useGridKeys.ts';
import { PHONE, useMedia } from '../screens/useMedia.ts';

/** A phone's rows: a row is a touch target, 44 px at least. */
const PHONE_ROW = 44;

/** Presenter mode's rows, for the back of a classroom. */
const LARGE = { row: 52, head: 72 };

/** Least column widths in rem: the path, the merged view, each layer. */
export function gridColumns(large: boolean): { path: number; merged: number; layer: number } {
  return large ? { path: 13, merged: 13, layer: 9.5 } : { path: 9, merged: 11, layer: 8 };
}

/**
 * The path column sticks to the left edge once the grid is scrolled sideways
 * (app.css). Only then: each sticky cell is a compositor layer of its own, and
 * a few dozen of them made every step's frame 10–15 ms longer; at scrollLeft 0
 * sticking changes nothing on screen.
 */
function stickOnScroll(e: UIEvent<HTMLDivElement>) {
  const g = e.currentTarget;
  g.toggleAttribute('data-scrolled-x', g.scrollLeft > 0);
}

export function LayerGrid({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const view = useLab((s) => s.view);
  const selected = useLab((s) => s.selected);
  const treeMode = useLab((s) => s.treeMode);
  const toggled = useLab((s) => s.toggled);
  const select = useLab((s) => s.select);
  const toggleDir = useLab((s) => s.toggleDir);
  // State, not a ref: the virtualizer (a child) must re-render once the scroller exists;
  // a parent's ref is attached only after its children's layout effects ran.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const rows = useMemo(() => view?.rows ?? [], [view?.rows]);
  const layers = useMemo(() => view?.layers ?? [], [view?.layers]);
  const rowCount = view?.rowCount ?? 0;
  const open = useCallback((p: string) => isOpen(p, treeMode, toggled, rowCount), [treeMode, toggled, rowCount]);
  const selectedIndex = useMemo(() => indexOfPath(rows, selected), [rows, selected]);
  const names = useLab((s) => s.image?.names);
  const labels = useMemo(() => layerLabels(layers, names), [layers, names]);
  const onKeyDown = useGridKeys(rows, selectedIndex, open, select, toggleDir);
  const shown = view?.shown ?? null;
  const phone = useMedia(PHONE);

  if (!view || !shown) {
    return (
      <section className="panel grid-panel" aria-labelledby="grid-title">
        <h2 id="grid-title" className="panel-title">
          {t('grid.title')}
        </h2>
        <p className="empty" data-testid="grid-empty">
          {t('grid.empty')}
        </p>
      </section>
    );
  }
  const body: BodyProps = { rows, layers, labels, rowHeight: large ? LARGE.row : phone ? PHONE_ROW : ROW_HEIGHT, headHeight: large ? LARGE.head : HEAD_HEIGHT, selectedIndex, isOpen: open, changed: view.changed, stamp: view.stamp, onSelect: select, onToggle: toggleDir, t };
  // One column template for the heads and every row: each column has a fixed
  // least width, and the rows are as wide as the panel or the sum of those,
  // never as wide as their content, so a long name or label cannot push a
  // cell out from under its head (it is cut with an ellipsis and shown whole
  // on hover and in the inspector); past the panel's width the grid scrolls.
  const cols = gridColumns(large);
  const columns = `minmax(${cols.path}rem, 1.5fr) minmax(${cols.merged}rem, 1.2fr) repeat(${layers.length}, minmax(${cols.layer}rem, 1fr))`;
  const least = `${cols.path + cols.merged + layers.length * cols.layer}rem`;
  return (
    <section className="panel grid-panel" aria-labelledby="grid-title">
      <GridToolbar shown={shown} rows={rowCount >= OPEN_TREE_LIMIT ? null : rowCount} shownRows={rows.length} />
      <div
        ref={setScroller}
        className="grid-scroll"
        role="treegrid"
        aria-labelledby="grid-title"
        aria-rowcount={rows.length + 1}
        aria-colcount={layers.length + 2}
        aria-activedescendant={selectedIndex >= 0 ? `grid-row-${selectedIndex}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={stickOnScroll}
        data-testid="layer-grid"
        data-mount-target={shown.target}
        data-phase={shown.phase}
        style={{ ['--grid-cols' as string]: columns, ['--grid-least' as string]: least }}
      >
        <GridHeader layers={layers} labels={labels} target={shown.target} />
        {rows.length < OPEN_TREE_LIMIT ? <AllRows {...body} /> : <VirtualRows {...body} scroller={scroller} />}
        {rows.length === 0 && <p className="empty">{t('grid.noRows')}</p>}
      </div>
    </section>
  );
}
