// The grid's column heads: the path, the merged view, then each layer top
// to bottom, each named as in the scenario and tagged with its role.
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { LayerInfo } from '../../engine/explain.ts';
import { layerRoleLabel } from '../common/layers.ts';

export const GridHeader = memo(function GridHeader({ layers, labels, target }: { layers: readonly LayerInfo[]; labels: readonly string[]; target: string }) {
  const { t } = useTranslation();
  const lowers = layers.filter((l) => l.role === 'lower').length;
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" className="grid-row" aria-rowindex={1}>
        <div role="columnheader" className="cell-path">
          {t('grid.path')}
        </div>
        <div role="columnheader" className="col-head role-merged" data-layer="merged" data-layer-path={target}>
          <span className="col-name" title={target}>
            {t('layer.mergedColumn')}
          </span>
          <span className="col-role">{t('layer.mergedAt', { path: target })}</span>
        </div>
        {layers.map((l, i) => (
          <div role="columnheader" key={l.index} className={`col-head role-${l.role}`} data-layer={l.name} data-layer-path={l.path}>
            <span className="col-name" title={l.path}>
              {labels[i]}
            </span>
            <span className="col-role" title={layerRoleLabel(t, l, lowers)}>
              {layerRoleLabel(t, l, lowers)}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
});
