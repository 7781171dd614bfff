// The inspector: the selected entry in the merged view and in every layer,
// side by side, as stored, with each overlay xattr explained.
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { layerLabels, layerRoleLabel } from '../common/layers.ts';
import { ObjectCard } from './ObjectCard.tsx';
import { InspectorImageLayers } from '../image/InspectorImageLayers.tsx';

export function Inspector() {
  const { t } = useTranslation();
  const view = useLab((s) => s.view);
  const selected = useLab((s) => s.selected);
  // The host's details are for the row it was asked about; a newer click waits for its own.
  const detail = view && view.selectedRow?.path === selected ? view.detail : null;
  const grid = view && view.layers.length > 0 ? { layers: view.layers } : null;
  const lowers = grid?.layers.filter((l) => l.role === 'lower').length ?? 0;
  const names = useLab((s) => s.image?.names);
  const labels = grid ? layerLabels(grid.layers, names) : [];
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
          <InspectorImageLayers />
        </div>
      )}
    </section>
  );
}
