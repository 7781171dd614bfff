// The message after something went wrong (a malformed script, link or
// file): what happened, the shell's own diagnostics, and that the session
// is still the one from before.
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';
import { translateDiagnostics } from '../i18n/diagnostics.ts';

export function NoticeBanner() {
  const { t, i18n } = useTranslation();
  const notice = useLab((s) => s.notice);
  const dismiss = useLab((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div className="notice-text">
        <strong>{t(notice.key, notice.params)}</strong>
        {notice.detail && <pre className="notice-detail">{translateDiagnostics(t, i18n.language, notice.detail)}</pre>}
      </div>
      <button type="button" className="small" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
