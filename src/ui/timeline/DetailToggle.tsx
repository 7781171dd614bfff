// The level of detail: the simple view (each act one step: a copy-up, a
// whiteout, a mount) or every kernel step. Shown beside the caption, in
// the normal page and in presenter mode alike.
import { memo } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useLab } from '../../store/index.ts';

export const DetailToggle = memo(function DetailToggle() {
  const { t } = useTranslation();
  const detail = useLab((s) => s.detail);
  const setDetail = useLab((s) => s.setDetail);
  const full = detail === 'full';
  return (
    <button
      type="button"
      className="detail-toggle"
      data-testid="detail-level"
      data-level={detail}
      aria-pressed={full}
      title={t(full ? 'detail.toSimple' : 'detail.toFull')}
      onClick={() => setDetail(full ? 'simple' : 'full')}
    >
      {t('detail.label')} <strong>{t(full ? 'detail.full' : 'detail.simple')}</strong>
    </button>
  );
});
