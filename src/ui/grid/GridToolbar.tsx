// Above the grid: its title, which overlay it shows (a picker when several
// are mounted), whether that overlay is mounted, and expand/collapse.
import { useTranslation } from 'react-i18next';
import type { ShownMount } from '../../replay/mounts.ts';
import { useLab } from '../../store/index.ts';

export function GridToolbar({ shown, rows, shownRows }: { shown: ShownMount; rows: number; shownRows: number }) {
  const { t } = useTranslation();
  const expandAll = useLab((s) => s.expandAll);
  const collapseAll = useLab((s) => s.collapseAll);
  const pickMount = useLab((s) => s.pickMount);
  const mounts = shown.state.mounts;
  return (
    <div className="panel-bar">
      <h2 id="grid-title" className="panel-title">
        {t('grid.title')}
      </h2>
      {mounts.length > 1 && (
        <label className="inline-field">
          <span>{t('grid.mount')}</span>
          <select value={shown.mount.id} onChange={(e) => pickMount(Number(e.target.value))}>
            {mounts.map((m) => (
              <option key={m.id} value={m.id}>
                {t('grid.mountOption', { target: m.target, id: m.id })}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className={`phase phase-${shown.phase}`} data-testid="mount-phase">
        {t(`phase.${shown.phase}`, { target: shown.mount.target })}
      </span>
      <span className="bar-spacer" />
      {shownRows < rows && <span className="muted">{t('grid.count', { rows, shown: shownRows })}</span>}
      <button type="button" className="small" onClick={expandAll}>
        {t('grid.expandAll')}
      </button>
      <button type="button" className="small" onClick={collapseAll}>
        {t('grid.collapseAll')}
      </button>
    </div>
  );
}
