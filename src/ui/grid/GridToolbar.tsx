// Above the grid: its title, which overlay it shows (a picker when several
// are mounted), whether that overlay is mounted, and expand/collapse.
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { ShownInfo } from '../../replay/view.ts';
import { useLab } from '../../store/index.ts';
import { shortIds } from '../i18n/captions.ts';

type Props = { shown: ShownInfo; rows: number | null; shownRows: number };

/** What the toolbar shows of `shown`: a new view brings a new object, mostly saying the same. */
const sameShown = (a: ShownInfo, b: ShownInfo) =>
  a.mount === b.mount && a.target === b.target && a.phase === b.phase && a.mounts.length === b.mounts.length && a.mounts.every((m, i) => m.id === b.mounts[i].id && m.target === b.mounts[i].target);

/** `rows`: rows in the whole tree, null when too many to count for the toolbar. Drawn again only when what it shows changes (not at every step). */
export const GridToolbar = memo(Toolbar, (a: Props, b: Props) => a.rows === b.rows && a.shownRows === b.shownRows && sameShown(a.shown, b.shown));

function Toolbar({ shown, rows, shownRows }: Props) {
  const { t } = useTranslation();
  const expandAll = useLab((s) => s.expandAll);
  const collapseAll = useLab((s) => s.collapseAll);
  const pickMount = useLab((s) => s.pickMount);
  const mounts = shown.mounts;
  // An opened image's container: "c1 merged" rather than overlay2's 90-character path (in the tooltip).
  const names = useLab((s) => s.image?.names);
  const target = names?.[shown.target] ?? names?.[shown.target.replace(/^\//, '')] ?? shown.target;
  return (
    <div className="panel-bar">
      <h2 id="grid-title" className="panel-title">
        {t('grid.title')}
      </h2>
      {mounts.length > 1 && (
        <label className="inline-field">
          <span>{t('grid.mount')}</span>
          <select value={shown.mount} onChange={(e) => pickMount(Number(e.target.value))}>
            {mounts.map((m) => (
              <option key={m.id} value={m.id}>
                {t('grid.mountOption', { target: names?.[m.target] ?? names?.[m.target.replace(/^\//, '')] ?? shortIds(m.target), id: m.id })}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className={`phase phase-${shown.phase}`} data-testid="mount-phase" title={shown.target}>
        {t(`phase.${shown.phase}`, { target })}
      </span>
      <span className="bar-spacer" />
      {rows !== null && shownRows < rows && <span className="muted">{t('grid.count', { rows, shown: shownRows })}</span>}
      <button type="button" className="small" onClick={expandAll}>
        {t('grid.expandAll')}
      </button>
      <button type="button" className="small" onClick={collapseAll}>
        {t('grid.collapseAll')}
      </button>
    </div>
  );
}
