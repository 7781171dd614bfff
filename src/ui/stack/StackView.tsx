// The layer stack, drawn with d3: merged on top, upper and work, the lower
// layers in stacking order, each named as in the scenario; the mount
// options in force above it. The selected path is shown as a cross-section
// through every layer, and each micro-step moves a token between layers.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../../engine/explain.ts';
import { useLab } from '../../store/index.ts';
import { prefersReducedMotion } from '../common/browser.ts';
import { cellLabelKey } from '../common/kinds.ts';
import { layerLabels, layerRoleLabel } from '../common/layers.ts';
import { Flight } from './Flight.tsx';
import { stackLayout } from './layout.ts';
import { Slab, type Chip } from './Slab.tsx';
import { useWidth } from './useWidth.ts';

/** The previous cursor position, to tell a single step forward (animated) from a jump. */
function usePrevious(position: number): number {
  const [track, setTrack] = useState({ cur: position, prev: position });
  if (track.cur !== position) setTrack({ cur: position, prev: track.cur });
  return track.cur !== position ? track.cur : track.prev;
}

/** `scale` draws everything larger (presenter mode) in the same width. */
export function StackView({ scale = 1 }: { scale?: number }) {
  const { t } = useTranslation();
  const view = useLab((s) => s.view);
  const shown = view?.shown ?? null;
  const grid = view && view.layers.length > 0 ? view : null;
  const position = view?.position ?? 0;
  const selected = useLab((s) => s.selected);
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const prev = usePrevious(position);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const layers = grid?.layers;
  const hasWork = !!shown?.work;
  const layout = useMemo(() => (layers ? stackLayout(layers, hasWork, width / scale) : null), [layers, hasWork, width, scale]);
  // Layers, then the workdir and the mount point, each by its shortest unambiguous name (overlay2's paths are long).
  const workPath = shown?.work ?? null;
  const target = shown?.target ?? '';
  const labels = useMemo(() => {
    if (!layers) return [];
    const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    const extra = [...(workPath ? [workPath] : []), target].map((p) => ({ path: p, name: base(p) }));
    return layerLabels([...layers, ...extra]);
  }, [layers, workPath, target]);
  const workLabel = workPath ? labels[layers?.length ?? 0] : '';
  const targetLabel = labels[labels.length - 1] ?? '';
  const motion = view?.motion ?? null;
  const work = view?.work ?? [];

  if (!shown || !grid || !layout) {
    return (
      <section className="panel stack-panel" aria-labelledby="stack-title">
        <h2 id="stack-title" className="panel-title">
          {t('stack.title')}
        </h2>
        <p className="empty">{t('stack.empty')}</p>
      </section>
    );
  }
  const row = view && view.selectedRow?.path === selected ? view.selectedRow : null;
  const chip = (cell: Cell | undefined): Chip[] => (row && cell && cell.kind !== 'absent' ? [{ cell, text: `${row.name}: ${t(cellLabelKey(cell))}` }] : []);
  const lowers = grid.layers.filter((l) => l.role === 'lower').length;
  const options = shown.options;
  const reduced = prefersReducedMotion();
  const duration = playing ? Math.min(650, 850 / speed) : 650;
  const described = grid.layers.map((l, i) => `${labels[i]} (${layerRoleLabel(t, l, lowers)})`).join(', ');
  return (
    <section className="panel stack-panel" aria-labelledby="stack-title">
      <div className="panel-bar">
        <h2 id="stack-title" className="panel-title">
          {t('stack.title')}
        </h2>
        <code className="mount-options" data-testid="mount-options" title={options ?? ''}>
          {t('stack.options', { target: shown.target, options: options ?? '' })}
        </code>
      </div>
      <div ref={box} className="stack-box">
        <svg width={width} height={layout.height * scale} viewBox={`0 0 ${width / scale} ${layout.height}`} role="img" aria-label={t('stack.describe', { target: shown.target, layers: described })} data-testid="layer-stack">
          {layout.slabs.map((s) => {
            if (s.key === 'merged') return <Slab key={s.key} box={s} name={targetLabel} role={t('layer.merged')} chips={chip(row?.merged)} active={motion?.to === s.key || motion?.read === s.key} />;
            if (s.key === 'work')
              return (
                <Slab
                  key={s.key}
                  box={s}
                  name={workLabel}
                  role={t('layer.work')}
                  chips={work.filter((e) => e.path.includes('/')).slice(-2).map((e) => ({ cell: { kind: e.kind }, text: e.path.split('/').pop()! }))}
                  active={motion?.to === s.key || motion?.read === s.key}
                />
              );
            if (s.key === 'more') return <Slab key={s.key} box={s} name={t('stack.more', { count: layout.hidden })} role="" chips={[]} active={false} />;
            const l = grid.layers[s.layer!];
            return <Slab key={s.key} box={s} name={labels[s.layer!]} role={layerRoleLabel(t, l, lowers)} chips={chip(row?.cells[s.layer!])} active={motion?.to === s.key || motion?.read === s.key} />;
          })}
          <Flight motion={motion} slabs={layout.slabs} animate={!reduced && position === prev + 1} duration={duration} stamp={position} />
        </svg>
      </div>
    </section>
  );
}
