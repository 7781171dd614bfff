// Every layer of the opened image at once: dive's figure beside ours, the
// tree of every path any layer holds (filtered by name, by the layer that
// changed it, by waste; sorted by name, size, layer or wasted bytes; only
// the rows in view are drawn), and the selected path's versions with what
// hid each. The worker builds the index once per image.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { OPAQUE, SEEN, SHADOWED, type BrowseType, type ImageIndex } from '../../session/image-browse-types.ts';
import { useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';
import { KindIcon } from '../common/KindIcon.tsx';
import { DiveCompare } from './DiveCompare.tsx';
import { ImageProvenance } from './ImageProvenance.tsx';
import { cellOf, typeKey } from './kinds.ts';
import { useImageSelection } from './image-selection.ts';
import './image-explorer.css';
import { isFiltered, keptRows, NO_FILTER, shapeOf, shownRows, type SortKey, type TreeFilter, type TreeSort } from './tree-model.ts';

const ROW = 24;

/** The opened image's index, fetched again only when another image is open. */
function useImageIndex(): ImageIndex | null {
  const host = useLab((s) => s.host);
  const key = useLab((s) => (s.image ? `${s.image.name}\n${s.image.layers.map((l) => l.digest).join(',')}` : ''));
  const [got, setGot] = useState<{ key: string; ix: ImageIndex } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void host.call('imageIndex').then((r) => {
      if (live && r.ok && r.value) setGot({ key, ix: r.value });
    });
    return () => {
      live = false;
    };
  }, [host, key]);
  return got && got.key === key ? got.ix : null;
}

/**
 * Kept out of the Image panel's renders (memo, no props): each command
 * hands the panel a new image summary (its containers), and this tree of
 * every path had nothing in it to change.
 */
export const ImageExplorer = memo(function ImageExplorer() {
  const { t } = useTranslation();
  const ix = useImageIndex();
  const selected = useImageSelection((s) => s.path);
  const setSelected = useImageSelection((s) => s.select);
  if (!ix) return <p className="muted">{t('image.tree.loading')}</p>;
  return (
    <>
      <DiveCompare ix={ix} />
      <ImageTree ix={ix} selected={selected} onSelect={setSelected} />
      <h4>{t('image.prov.title')}</h4>
      <ImageProvenance path={selected} />
    </>
  );
});

const DEFAULT_DESC: Record<SortKey, boolean> = { name: false, size: true, layer: true, wasted: true };

function ImageTree({ ix, selected, onSelect }: { ix: ImageIndex; selected: string | null; onSelect: (path: string) => void }) {
  const { t } = useTranslation();
  const history = useLab((s) => s.image?.history);
  const shape = useMemo(() => shapeOf(ix), [ix]);
  const [sort, setSort] = useState<TreeSort>({ key: 'name', desc: false });
  const [filter, setFilterState] = useState<TreeFilter>(NO_FILTER);
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());
  const setFilter = (f: Partial<TreeFilter>) => {
    setFilterState((old) => ({ ...old, ...f }));
    // A new filter opens every directory above a match again.
    setToggled(new Set());
  };
  // Typing stays smooth on a large image: the rows follow the filter when React has time.
  const shownFilter = useDeferredValue(filter);
  const rows = useMemo(() => shownRows(ix, shape, sort, shownFilter, toggled), [ix, shape, sort, shownFilter, toggled]);
  const matches = useMemo(() => {
    const kept = keptRows(ix, shownFilter);
    return kept ? kept.reduce((n, k) => n + (k === 1 ? 1 : 0), 0) : ix.names.length;
  }, [ix, shownFilter]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  // The virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => box, estimateSize: () => ROW, overscan: 16 });
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current || !box) return;
    const el = box.querySelector<HTMLButtonElement>(`[data-path="${CSS.escape(focusNext.current)}"] .image-tree-name`);
    if (el) {
      el.focus();
      focusNext.current = null;
    }
  });

  // A path chosen elsewhere (the largest hidden files, the inspector): the directories above it opened, scrolled to.
  const reveal = useImageSelection((s) => s.reveal);
  const pendingScroll = useRef<number | null>(null);
  const rowByPath = useMemo(() => {
    let m: Map<string, number> | null = null;
    return (p: string) => {
      if (!m) {
        m = new Map();
        for (let i = 0; i < ix.names.length; i++) m.set(shape.path(i), i);
      }
      return m.get(p);
    };
  }, [ix, shape]);
  useEffect(() => {
    if (reveal === 0 || !selected) return;
    const row = rowByPath(selected);
    if (row === undefined) return;
    pendingScroll.current = row;
    if (rows.some((r) => r.row === row)) return;
    const open = new Set<number>();
    for (let p = ix.parents[row]; p >= 0; p = ix.parents[p]) open.add(p);
    setFilterState(NO_FILTER);
    setToggled(open);
    // Only when asked again, not on every change of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);
  useEffect(() => {
    if (pendingScroll.current === null) return;
    const i = rows.findIndex((r) => r.row === pendingScroll.current);
    if (i < 0) return;
    pendingScroll.current = null;
    v.scrollToIndex(i, { align: 'center' });
    box?.scrollIntoView({ block: 'nearest' });
  }, [rows, v, box]);

  const toggle = (row: number) => {
    const next = new Set(toggled);
    if (!next.delete(row)) next.add(row);
    setToggled(next);
  };
  const sortBy = (key: SortKey) => setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: DEFAULT_DESC[key] }));
  const onKey = (e: KeyboardEvent, i: number) => {
    const r = rows[i];
    let to = -1;
    if (e.key === 'ArrowDown') to = Math.min(rows.length - 1, i + 1);
    else if (e.key === 'ArrowUp') to = Math.max(0, i - 1);
    else if (e.key === 'ArrowRight' && r.hasChildren && !r.open) toggle(r.row);
    else if (e.key === 'ArrowLeft' && r.open) toggle(r.row);
    else return;
    e.preventDefault();
    if (to >= 0) {
      const path = shape.path(rows[to].row);
      focusNext.current = path;
      onSelect(path);
      v.scrollToIndex(to, { align: 'auto' });
    }
  };
  const header = (key: SortKey, label: string, num: boolean) => (
    <button type="button" className={`image-tree-sort${num ? ' num' : ''}`} data-testid={`image-tree-sort-${key}`} aria-pressed={sort.key === key} onClick={() => sortBy(key)}>
      {label}
      <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▾' : ' ▴') : ''}</span>
      {sort.key === key && <span className="visually-hidden">{t(sort.desc ? 'image.tree.desc' : 'image.tree.asc')}</span>}
    </button>
  );
  const instruction = (layer: number) => {
    const h = history?.find((x) => x.layer === layer)?.createdBy ?? '';
    const short = h.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim();
    return short.length > 36 ? `${short.slice(0, 35)}…` : short;
  };

  return (
    <div className="image-tree" data-testid="image-tree">
      <h4>{t('image.tree.title')}</h4>
      <div className="image-tree-controls">
        <input type="search" className="image-tree-search" data-testid="image-tree-filter" placeholder={t('image.tree.filter')} aria-label={t('image.tree.filter')} value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
        <label>
          {t('image.tree.layer')}{' '}
          <select data-testid="image-tree-layer" value={filter.layer ?? ''} onChange={(e) => setFilter({ layer: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('image.tree.allLayers')}</option>
            {ix.changed.map((c, i) => (
              <option key={i} value={i + 1}>
                {t('image.tree.layerOption', { layer: i + 1, count: c.length })}
                {instruction(i + 1) ? ` · ${instruction(i + 1)}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" data-testid="image-tree-wasted" checked={filter.wasted} onChange={(e) => setFilter({ wasted: e.target.checked })} /> {t('image.tree.wasted')}
        </label>
      </div>
      <p className="muted image-tree-count" data-testid="image-tree-count" aria-live="polite">
        {isFiltered(shownFilter) ? t('image.tree.matches', { count: matches, total: ix.names.length }) : t('image.tree.total', { count: ix.names.length })}
      </p>
      <div className="image-tree-head">
        {header('name', t('image.tree.col.name'), false)}
        {header('size', t('image.tree.col.size'), true)}
        {header('layer', t('image.tree.col.layer'), true)}
        {header('wasted', t('image.tree.col.wasted'), true)}
      </div>
      <div ref={setBox} className="image-tree-scroll" role="group" aria-label={t('image.tree.title')}>
        {rows.length === 0 ? (
          <p className="muted">{t('image.tree.empty')}</p>
        ) : (
          <ul className="image-tree-list" style={{ height: v.getTotalSize() }}>
            {v.getVirtualItems().map((item) => {
              const r = rows[item.index];
              const path = shape.path(r.row);
              const type = ix.types[r.row] as BrowseType;
              const f = ix.flags[r.row];
              const seen = (f & SEEN) !== 0;
              const wasted = shape.wastedBelow[r.row];
              const here = selected === path;
              return (
                <li
                  key={r.row}
                  className={`image-tree-row${seen ? '' : ' unseen'}${here ? ' selected' : ''}${r.context ? ' context' : ''}`}
                  data-testid="image-tree-row"
                  data-path={path}
                  data-type={type}
                  data-layer={ix.layers[r.row]}
                  data-seen={seen ? 'true' : 'false'}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW }}
                >
                  <span className="image-tree-name-cell" style={{ paddingLeft: `${r.depth * 0.9}rem` }}>
                    {r.hasChildren ? (
                      <button type="button" className="image-tree-toggle" aria-expanded={r.open} aria-label={t(r.open ? 'image.tree.close' : 'image.tree.open', { name: ix.names[r.row] })} onClick={() => toggle(r.row)}>
                        {r.open ? '▾' : '▸'}
                      </button>
                    ) : (
                      <span className="image-tree-toggle" />
                    )}
                    <button
                      type="button"
                      className="image-tree-name"
                      aria-pressed={here}
                      title={`${path} · ${t(typeKey(type, (f & OPAQUE) !== 0))}${seen ? '' : ` · ${t('image.tree.notSeen')}`}`}
                      onClick={() => onSelect(path)}
                      onKeyDown={(e) => onKey(e, item.index)}
                    >
                      <KindIcon cell={cellOf(type, (f & OPAQUE) !== 0)} />
                      <span className="image-tree-label">{ix.names[r.row]}</span>
                      {f & SHADOWED ? (
                        <span className="image-tree-mark" title={t('image.tree.shadowed')}>
                          <span aria-hidden="true">◆</span>
                          <span className="visually-hidden">{t('image.tree.shadowed')}</span>
                        </span>
                      ) : null}
                    </button>
                  </span>
                  <span className="num">{seen && (type === 'f' || type === 'd') ? formatBytes(ix.sizes[r.row]) : ''}</span>
                  <span className="num">L{ix.layers[r.row]}</span>
                  <span className="num image-tree-wasted">{wasted > 0 ? formatBytes(wasted) : ''}</span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
