// The layer grid: one row per path in any layer, one column per layer, and
// the merged column with the winner and where it comes from. Computed by
// the engine (layerGrid) once per state; this component only lays it out.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../engine/explain.ts';
import { isOpen, selectGrid, selectShown, useLab } from '../../store/index.ts';
import { layerLabels } from '../common/layers.ts';
import { AllRows, HEAD_HEIGHT, ROW_HEIGHT, VirtualRows, type BodyProps } from './GridBody.tsx';
import { GridHeader } from './GridHeader.tsx';
import { GridToolbar } from './GridToolbar.tsx';
import { changedCells, indexOfPath, visibleRows } from './rows.ts';
import { useGridKeys } from './useGridKeys.ts';
import { OPEN_TREE_LIMIT } from '../../store/index.ts';

/** The grid before the current one, and a counter that bumps on every change (flashes replay). */
function useGridHistory(grid: Grid | null) {
  const [track, setTrack] = useState<{ grid: Grid | null; prev: Grid | null; stamp: number }>({ grid, prev: null, stamp: 0 });
  if (track.grid !== grid) setTrack({ grid, prev: track.grid, stamp: track.stamp + 1 });
  return track;
}

/** Presenter mode's rows, for the back of a classroom. */
const LARGE = { row: 46, head: 62 };

export function LayerGrid({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const grid = useLab(selectGrid);
  const shown = useLab(selectShown);
  const selected = useLab((s) => s.selected);
  const treeMode = useLab((s) => s.treeMode);
  const toggled = useLab((s) => s.toggled);
  const select = useLab((s) => s.select);
  const toggleDir = useLab((s) => s.toggleDir);
  // State, not a ref: the virtualizer (a child) must re-render once the scroller exists;
  // a parent's ref is attached only after its children's layout effects ran.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const rowCount = grid?.rows.length ?? 0;
  const open = useCallback((p: string) => isOpen(p, treeMode, toggled, rowCount), [treeMode, toggled, rowCount]);
  const visible = useMemo(() => (grid ? visibleRows(grid.rows, open) : []), [grid, open]);
  const history = useGridHistory(grid);
  const changed = useMemo(() => (grid ? changedCells(history.prev, grid) : new Map<string, number>()), [history.prev, grid]);
  const selectedIndex = useMemo(() => (grid ? indexOfPath(grid.rows, visible, selected) : -1), [grid, visible, selected]);
  const labels = useMemo(() => (grid ? layerLabels(grid.layers) : []), [grid]);
  const onKeyDown = useGridKeys(grid, visible, selectedIndex, open, select, toggleDir);

  if (!grid || !shown) {
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
  const body: BodyProps = { grid, labels, rowHeight: large ? LARGE.row : ROW_HEIGHT, headHeight: large ? LARGE.head : HEAD_HEIGHT, visible, selectedIndex, isOpen: open, changed, stamp: history.stamp, onSelect: select, onToggle: toggleDir };
  const columns = `minmax(11rem, 1.5fr) repeat(${grid.layers.length + 1}, minmax(7.5rem, 1fr))`;
  return (
    <section className="panel grid-panel" aria-labelledby="grid-title">
      <GridToolbar shown={shown} rows={grid.rows.length} shownRows={visible.length} />
      <div
        ref={setScroller}
        className="grid-scroll"
        role="treegrid"
        aria-labelledby="grid-title"
        aria-rowcount={visible.length + 1}
        aria-colcount={grid.layers.length + 2}
        aria-activedescendant={selectedIndex >= 0 ? `grid-row-${selectedIndex}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="layer-grid"
        data-mount-target={shown.mount.target}
        data-phase={shown.phase}
        style={{ ['--grid-cols' as string]: columns }}
      >
        <GridHeader layers={grid.layers} labels={labels} target={shown.mount.target} />
        {visible.length < OPEN_TREE_LIMIT ? <AllRows {...body} /> : <VirtualRows {...body} scroller={scroller} />}
        {visible.length === 0 && <p className="empty">{t('grid.noRows')}</p>}
      </div>
    </section>
  );
}
