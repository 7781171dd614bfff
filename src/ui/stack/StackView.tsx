// The layer stack, drawn with d3: merged on top, upper and work, the lower
// layers in stacking order, each named as in the scenario; the mount
// options in force above it. The selected path is shown as a cross-section
// through every layer, and each micro-step moves a token between layers.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../../engine/explain.ts';
import { mountOptions } from '../../replay/mounts.ts';
import { workEntries } from '../../replay/work-entries.ts';
import { selectGrid, selectShown, useLab } from '../../store/index.ts';
import { prefersReducedMotion } from '../common/browser.ts';
import { cellLabelKey } from '../common/kinds.ts';
import { layerLabels, layerRoleLabel } from '../common/layers.ts';
import { Flight } from './Flight.tsx';
import { stackLayout } from './layout.ts';
import { motionOf } from './motion.ts';
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
  const shown = useLab(selectShown);
  const grid = useLab(selectGrid);
  const timeline = useLab((s) => s.timeline);
  const position = useLab((s) => s.position);
  const selected = useLab((s) => s.selected);
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const prev = usePrevious(position);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const layout = useMemo(() => (grid && shown ? stackLayout(grid.layers, !!shown.mount.work, width / scale) : null), [grid, shown, width, scale]);
  // Layers, then the workdir and the mount point, each by its shortest unambiguous name (overlay2's paths are long).
  const labels = useMemo(() => {
    if (!grid || !shown) return [];
    const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    const extra = [...(shown.mount.work ? [shown.mount.work.path] : []), shown.mount.target].map((p) => ({ path: p, name: base(p) }));
    return layerLabels([...grid.layers, ...extra]);
  }, [grid, shown]);
  const workLabel = shown?.mount.work ? labels[grid?.layers.length ?? 0] : '';
  const targetLabel = labels[labels.length - 1] ?? '';
  const motion = useMemo(() => {
    if (!shown || position === 0) return null;
    const cur = timeline.micro[position - 1];
    const first = timeline.commands[cur.command].first;
    const prior = timeline.micro.slice(first, position - 1).map((m) => m.event);
    return motionOf(cur.event, shown.mount, prior);
  }, [shown, timeline, position]);
  const work = useMemo(() => (shown ? workEntries(shown.state, shown.mount, 4) : null), [shown]);

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
  const row = grid.rows.find((r) => r.path === selected);
  const chip = (cell: Cell | undefined): Chip[] => (row && cell && cell.kind !== 'absent' ? [{ cell, text: `${row.name}: ${t(cellLabelKey(cell))}` }] : []);
  const lowers = grid.layers.filter((l) => l.role === 'lower').length;
  const options = mountOptions(timeline, shown, position);
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
          {t('stack.options', { target: shown.mount.target, options: options ?? '' })}
        </code>
      </div>
      <div ref={box} className="stack-box">
        <svg width={width} height={layout.height * scale} viewBox={`0 0 ${width / scale} ${layout.height}`} role="img" aria-label={t('stack.describe', { target: shown.mount.target, layers: described })} data-testid="layer-stack">
          {layout.slabs.map((s) => {
            if (s.key === 'merged') return <Slab key={s.key} box={s} name={targetLabel} role={t('layer.merged')} chips={chip(row?.merged)} active={motion?.to === s.key} />;
            if (s.key === 'work')
              return (
                <Slab
                  key={s.key}
                  box={s}
                  name={workLabel}
                  role={t('layer.work')}
                  chips={(work?.entries ?? []).filter((e) => e.path.includes('/')).slice(-2).map((e) => ({ cell: { kind: e.kind }, text: e.path.split('/').pop()! }))}
                  active={motion?.to === s.key}
                />
              );
            if (s.key === 'more') return <Slab key={s.key} box={s} name={t('stack.more', { count: layout.hidden })} role="" chips={[]} active={false} />;
            const l = grid.layers[s.layer!];
            return <Slab key={s.key} box={s} name={labels[s.layer!]} role={layerRoleLabel(t, l, lowers)} chips={chip(row?.cells[s.layer!])} active={motion?.to === s.key} />;
          })}
          <Flight motion={motion} slabs={layout.slabs} animate={!reduced && position === prev + 1} duration={duration} stamp={position} />
        </svg>
      </div>
    </section>
  );
}
