// The inspector: the selected entry in the merged view and in every layer,
// side by side, as stored, with each overlay xattr explained.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { inspectRow } from '../../replay/inspect.ts';
import { selectGrid, selectShown, useLab } from '../../store/index.ts';
import { layerLabels, layerRoleLabel } from '../common/layers.ts';
import { ObjectCard } from './ObjectCard.tsx';

export function Inspector() {
  const { t } = useTranslation();
  const shown = useLab(selectShown);
  const grid = useLab(selectGrid);
  const selected = useLab((s) => s.selected);
  const detail = useMemo(() => {
    const row = grid?.rows.find((r) => r.path === selected);
    return shown && grid && row ? inspectRow(shown.state, grid, row, shown.mount.target) : null;
  }, [shown, grid, selected]);
  const lowers = grid?.layers.filter((l) => l.role === 'lower').length ?? 0;
  const labels = grid ? layerLabels(grid.layers) : [];
  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <h2 id="inspector-title" className="panel-title">
        {t('inspect.title')}
      </h2>
      {!detail || !grid ? (
        <p className="empty">{t('inspect.none')}</p>
      ) : (
        <div className="cards">
          <ObjectCard layer="merged" title={t('layer.mergedColumn')} role="merged" detail={detail.merged} />
          {grid.layers.map((l, i) => (
            <ObjectCard key={l.index} layer={l.name} title={labels[i]} role={l.role} detail={detail.layers[i]} />
          ))}
          <p className="muted">{grid.layers.map((l, i) => `${labels[i]}: ${layerRoleLabel(t, l, lowers)}`).join(' · ')}</p>
        </div>
      )}
    </section>
  );
}
