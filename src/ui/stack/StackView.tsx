// The layer stack, drawn with d3: merged on top, upper and work, the lower
// layers in stacking order, each named as in the scenario; the mount
// options in force above it. The selected path is shown as a cross-section
// through every layer, and each micro-step moves a token between layers.
import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Cell } from '../../engine/explain.ts';
import { useLab } from '../../store/index.ts';
import { prefersReducedMotion } from '../common/browser.ts';
import { cellLabelKey } from '../common/kinds.ts';
import { layerLabels, layerRoleLabel } from '../common/layers.ts';
import { fitLabel, fitSlab, flightWidth } from './fit.ts';
import { Flight } from './Flight.tsx';
import { stackLayout } from './layout.ts';
import { Slab, type Chip } from './Slab.tsx';
import { useSize } from './useWidth.ts';

/**
 * `scale` draws everything larger (presenter mode) in the same width; `fill`
 * makes the slabs taller to fill the box's height (the box is sized by its
 * panel then, not by the drawing).
 */
export function StackView({ scale = 1, fill = false }: { scale?: number; fill?: boolean }) {
  const { t } = useTranslation();
  const view = useLab((s) => s.view);
  const shown = view?.shown ?? null;
  const grid = view && view.layers.length > 0 ? view : null;
  const position = view?.position ?? 0;
  const selected = useLab((s) => s.selected);
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const [{ width, height: boxHeight }, box] = useSize();
  const layers = grid?.layers;
  const hasWork = !!shown?.work;
  const fillRoom = fill ? boxHeight / scale : 0;
  const layout = useMemo(() => (layers ? stackLayout(layers, hasWork, width / scale, fillRoom) : null), [layers, hasWork, width, scale, fillRoom]);
  // Layers, then the workdir and the mount point, each by its shortest unambiguous name (overlay2's paths are long).
  const workPath = shown?.work ?? null;
  const target = shown?.target ?? '';
  const names = useLab((s) => s.image?.names);
  const labels = useMemo(() => {
    if (!layers) return [];
    const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    const extra = [...(workPath ? [workPath] : []), target].map((p) => ({ path: p, name: base(p) }));
    return layerLabels([...layers, ...extra], names);
  }, [layers, workPath, target, names]);
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
  // What each slab shows, fitted so that nothing in it overlaps, with room kept for the token where it flies.
  const icon = motion?.kind === 'whiteout';
  const fullToken = motion ? flightWidth(motion.label, icon) : 0;
  const workChips: Chip[] = work
    .filter((e) => e.path.includes('/'))
    .slice(-2)
    .map((e) => ({ cell: { kind: e.kind }, text: e.path.split('/').pop()! }));
  const drawn = layout.slabs.map((b) => {
    let name: string;
    let role: string;
    let chips: Chip[];
    if (b.key === 'merged') [name, role, chips] = [targetLabel, t('layer.merged'), chip(row?.merged)];
    else if (b.key === 'work') [name, role, chips] = [workLabel, t('layer.work'), workChips];
    else if (b.key === 'more') [name, role, chips] = [t('stack.more', { count: layout.hidden }), '', []];
    else [name, role, chips] = [labels[b.layer!], layerRoleLabel(t, grid.layers[b.layer!], lowers), chip(row?.cells[b.layer!])];
    const flies = motion !== null && (motion.to === b.key || motion.from === b.key);
    return { box: b, name, role, chips, flies, fit: fitSlab(b.w, name, role, chips, flies ? fullToken : 0) };
  });
  // A slab too narrow for the whole token (work/ beside upper/) gets it cut with an ellipsis, in the room it has.
  const room = Math.min(...drawn.filter((d) => d.flies).map((d) => d.fit.lane.w), Infinity);
  const label = motion ? fitLabel(motion.label, icon, room) : '';
  const token = motion ? flightWidth(label, icon) : 0;
  if (token < fullToken) for (const d of drawn) if (d.flies) d.fit = fitSlab(d.box.w, d.name, d.role, d.chips, token);
  const lanes = new Map(drawn.map((d) => [d.box.key, d.fit.lane]));
  const scrolls = boxHeight > 0 && layout.height * scale > boxHeight + 1;
  const described = grid.layers.map((l, i) => `${labels[i]} (${layerRoleLabel(t, l, lowers)})`).join(', ');
  return (
    <section className="panel stack-panel" aria-labelledby="stack-title">
      <div className="panel-bar">
        <h2 id="stack-title" className="panel-title">
          {t('stack.title')}
        </h2>
        <code className="mount-options" data-testid="mount-options" title={options ?? ''}>
          {options ? t('stack.options', { target: shown.target, options }) : t(`phase.${shown.phase}`, { target: shown.target })}
        </code>
      </div>
      {/* A stack taller than its box (an image's many layers) scrolls: keyboard users reach it too. */}
      <div ref={box} className="stack-box" {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-labelledby': 'stack-title' } : {})}>
        <div className="stack-draw">
          <svg width={width} height={layout.height * scale} viewBox={`0 0 ${width / scale} ${layout.height}`} role="img" aria-label={t('stack.describe', { target: shown.target, layers: described })} data-testid="layer-stack">
            {drawn.map((d) => (
              <Slab key={d.box.key} box={d.box} name={d.name} role={d.role} fit={d.fit} active={d.box.key !== 'more' && (motion?.to === d.box.key || motion?.read === d.box.key)} />
            ))}
          </svg>
          <Flight motion={motion} label={label} slabs={layout.slabs} lanes={lanes} width={token} scale={scale} animate={!reduced} duration={duration} position={position} />
        </div>
      </div>
    </section>
  );
}
