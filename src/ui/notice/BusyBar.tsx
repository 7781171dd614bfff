// A command or a load that takes more than a moment: what is running, how
// far it has come, and Cancel, which stops it and leaves the session as it
// was before. The page stays usable meanwhile (the engine runs in a worker).
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { formatBytes } from '../common/bytes.ts';

export function BusyBar() {
  const { t } = useTranslation();
  const busy = useLab((s) => s.busy);
  const canCancel = useLab((s) => s.host.canCancel);
  const cancel = useLab((s) => s.cancelBusy);
  if (!busy) return null;
  const p = busy.progress;
  const detail = !p
    ? ''
    : p.phase === 'image'
      ? t('busy.image', { done: formatBytes(p.done), total: p.of !== undefined ? formatBytes(p.of) : '?', entries: p.entries ?? 0 })
      : p.phase === 'run'
      ? t('busy.steps', { count: p.done })
      : p.phase === 'stack'
        ? t('busy.stack', { label: p.label })
        : p.of !== undefined
          ? t(p.phase === 'restore' ? 'busy.restoring' : 'busy.commands', { done: p.done, of: p.of })
          : '';
  const fraction = p && p.of ? p.done / p.of : null;
  return (
    <div className="busy-bar" role="status" aria-live="polite" data-testid="busy">
      <span className="busy-what">
        {t(busy.kind === 'run' ? 'busy.running' : busy.kind === 'undo' ? 'busy.undoing' : 'busy.opening', { label: busy.label })}
        {detail && <span className="muted busy-detail" data-testid="busy-progress"> {detail}</span>}
      </span>
      <progress className="busy-progress" max={1} value={fraction ?? undefined} aria-label={t('busy.progress')} />
      {canCancel && (
        <button type="button" className="small" onClick={() => void cancel()} data-testid="cancel-command">
          {t('busy.cancel')}
        </button>
      )}
    </div>
  );
}
