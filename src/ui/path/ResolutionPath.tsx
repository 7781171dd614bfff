// How lookup finds the selected entry: each layer consulted, top to
// bottom, what it found there and why the search went on or stopped. The
// engine's resolutionPath answers; this only says it in words.
import { useTranslation } from '../i18n/useTranslation.ts';
import type { LayerName } from '../../engine/events.ts';
import type { LayerInfo } from '../../engine/explain.ts';
import { selectShown, useLab } from '../../store/index.ts';
import { layerLabels } from '../common/layers.ts';

/** The grid column a probe's layer is (LayerName counts lowers from 0; grid indices count the upper as 0). */
function layerOf(layers: readonly LayerInfo[], l: LayerName): LayerInfo | undefined {
  if (l.kind === 'upper') return layers.find((x) => x.role === 'upper');
  const lowers = layers.filter((x) => x.role === 'lower');
  return l.kind === 'lower' ? lowers[l.index] : layers.filter((x) => x.role === 'data')[l.index];
}

export function ResolutionPath() {
  const { t } = useTranslation();
  const shown = useLab(selectShown);
  const view = useLab((s) => s.view);
  const selected = useLab((s) => s.selected);
  // The host's answer for the selection it was asked about (a click may be a moment ahead of it).
  const current = view && view.selectedRow?.path === selected;
  const res = current || (view && selected !== null && view.resolution?.path === selected) ? view.resolution : null;
  const row = current ? view.selectedRow : null;
  const grid = view && view.layers.length > 0 ? { layers: view.layers } : null;
  const names = useLab((s) => s.image?.names);

  let body;
  if (!shown || !selected || !grid) body = <p className="empty">{t('path.none')}</p>;
  else if (!res) body = <p className="empty">{t('path.notMounted', { target: shown.target })}</p>;
  else {
    const labels = layerLabels(grid.layers, names);
    const label = (l: LayerInfo | null | undefined) => (l ? labels[grid.layers.indexOf(l)] : '?');
    const consulted = new Set(res.probes.map((p) => layerOf(grid.layers, p.layer)?.index));
    const skipped = grid.layers.filter((l) => !consulted.has(l.index));
    const from = row?.from === null || row?.from === undefined ? null : grid.layers.find((l) => l.index === row.from);
    body = (
      <>
        <p className="path-summary">
          {res.error
            ? t('path.error', { path: selected, errno: res.error })
            : res.found
              ? t('path.found', { path: selected, layer: label(from) })
              : t('path.missing', { path: selected })}
        </p>
        <ol className="probes" data-testid="resolution-path">
          {res.probes.map((p, i) => {
            const l = layerOf(grid.layers, p.layer);
            return (
              <li key={i} className={`probe outcome-${p.outcome} role-${l?.role ?? 'lower'}`} data-layer={l?.name} data-outcome={p.outcome}>
                <span className="probe-layer">{label(l)}</span>
                <code className="probe-path">{p.path}</code>
                <span className="probe-outcome">{t(`outcome.${p.outcome}`, { redirect: p.redirect ?? '' })}</span>
              </li>
            );
          })}
        </ol>
        {skipped.length > 0 && !res.error && <p className="muted">{t('path.notConsulted', { layers: skipped.map(label).join(', ') })}</p>}
      </>
    );
  }
  return (
    <section className="panel path-panel" aria-labelledby="path-title">
      <h2 id="path-title" className="panel-title">
        {t('path.title')}
        {selected && <code className="title-path">{selected}</code>}
      </h2>
      {body}
    </section>
  );
}
